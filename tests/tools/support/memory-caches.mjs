// The Cache Storage API in memory, for running the service worker in Node: each answer is
// kept as its text and headers and given back anew each time.
export function memoryCaches() {
  const stores = new Map();
  const open = async (name) => {
    if (!stores.has(name)) stores.set(name, new Map());
    const store = stores.get(name);
    const key = (request) => (typeof request === 'string' ? request : request.url);
    return {
      match: async (request) => {
        const kept = store.get(key(request));
        return kept && new Response(kept.body, { status: kept.status, headers: kept.headers });
      },
      put: async (request, response) => {
        store.set(key(request), { body: await response.text(), status: response.status, headers: [...response.headers] });
      },
      delete: async (request) => store.delete(key(request)),
      keys: async () => [...store.keys()],
    };
  };
  return { open, has: async (name) => stores.has(name), keys: async () => [...stores.keys()], delete: async (name) => stores.delete(name) };
}
