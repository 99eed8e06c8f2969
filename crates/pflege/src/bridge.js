// The few browser calls the workspace makes that are long-winded from Rust: the draft in
// IndexedDB, and handing a file to the person (download, or save in place where the
// browser has the File System Access API). Every function answers; none throws.

const DB = 'wegweiser-pflege';
const STORE = 'drafts';

function database() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function inStore(mode, act) {
  const db = await database();
  try {
    return await new Promise((resolve, reject) => {
      const transaction = db.transaction(STORE, mode);
      const request = act(transaction.objectStore(STORE));
      transaction.oncomplete = () => resolve(request.result);
      transaction.onerror = () => reject(transaction.error);
      transaction.onabort = () => reject(transaction.error);
    });
  } finally {
    db.close();
  }
}

/** The draft kept under `key` (a string), or null; an Error when storage is blocked. */
export async function draftGet(key) {
  try {
    return (await inStore('readonly', (store) => store.get(key))) ?? null;
  } catch (error) {
    return new Error(String(error));
  }
}

/** Keeps `text` under `key`; null when kept, else the reason. */
export async function draftPut(key, text) {
  try {
    await inStore('readwrite', (store) => store.put(text, key));
    return null;
  } catch (error) {
    return String(error);
  }
}

export async function draftDelete(key) {
  try {
    await inStore('readwrite', (store) => store.delete(key));
  } catch {}
}

/** Offers `text` as a file called `name` for download. */
export function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** Whether the browser can save a file in place (File System Access API). */
export function canSaveInPlace() {
  return typeof globalThis.showSaveFilePicker === 'function';
}

/** Saves `text` to a file the person picks; null when saved, else the reason ("abort" when they cancelled). */
export async function saveInPlace(name, text) {
  try {
    const handle = await globalThis.showSaveFilePicker({
      suggestedName: name,
      types: [{ description: 'JSON', accept: { 'application/json': ['.json'] } }],
    });
    const writable = await handle.createWritable();
    await writable.write(text);
    await writable.close();
    return null;
  } catch (error) {
    return error?.name === 'AbortError' ? 'abort' : String(error);
  }
}

/** Registers the workspace's own worker (scope /pflege/), so it opens offline next time. */
export function registerWorker() {
  try {
    navigator.serviceWorker
      ?.register(new URL('sw.js', document.baseURI), { scope: new URL('./', document.baseURI).href })
      .catch(() => {});
  } catch {} // no workers here (plain http on another host, a sandbox): it works online
}
