// The Fuse.js side of the search benchmark (run by `cargo run --release --bin bench`):
// the same dataset and queries, Fuse.js with its common fuzzy settings, and the filters of
// each query applied to Fuse's results. Prints one JSON object on stdout.
//   node scripts/bench-fuse.mjs target/bench/synthetic-10000.json target/bench/cases-10000.json
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Fuse from 'fuse.js';

const [dataPath, casesPath] = process.argv.slice(2);
const dataset = JSON.parse(readFileSync(dataPath, 'utf8'));
const cases = JSON.parse(readFileSync(casesPath, 'utf8'));
const textOf = (t) => (t == null ? '' : typeof t === 'string' ? t : Object.values(t).join(' '));
const needs = new Map(dataset.needs.map((n) => [n.id, n]));
const children = new Map();
for (const n of dataset.needs) if (n.parent) children.set(n.parent, [...(children.get(n.parent) ?? []), n.id]);
const locations = new Map(dataset.locations.map((l) => [l.id, l]));
const districts = new Map(dataset.districts.map((d) => [d.id, d]));

const docs = dataset.services.map((s) => {
  const location = locations.get(s.location_id);
  const district = location?.district;
  return {
    id: s.id,
    name: textOf(s.name),
    needs: s.needs.map((id) => [textOf(needs.get(id)?.label), ...Object.values(needs.get(id)?.synonyms ?? {}).flat()].join(' ')).join(' '),
    summary: textOf(s.summary),
    district: textOf(districts.get(district)?.label),
    address: location ? `${location.address.address_1} ${location.address.postal_code ?? ''}` : '',
    needIds: s.needs,
    districtId: district,
    citywide: !!s.citywide,
    free: s.cost?.kind === 'free',
  };
});

const start = performance.now();
const fuse = new Fuse(docs, {
  keys: [
    { name: 'name', weight: 3 },
    { name: 'needs', weight: 2 },
    { name: 'district', weight: 1 },
    { name: 'address', weight: 1 },
    { name: 'summary', weight: 1 },
  ],
  threshold: 0.4,
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
});
const buildMs = performance.now() - start;

function filters(params) {
  const family = params.get('need') ? [params.get('need'), ...(children.get(params.get('need')) ?? [])] : null;
  return (d) =>
    (!family || d.needIds.some((n) => family.includes(n))) &&
    (!params.get('district') || d.citywide || d.districtId === params.get('district')) &&
    (params.get('free') !== '1' || d.free);
}

const repetitions = Math.max(3, Math.min(50, Math.floor(200000 / docs.length)));
const latencies = [];
const recalls = [];
const precisions = [];
for (const c of cases) {
  const params = new URLSearchParams(c.query);
  const keep = filters(params);
  const q = params.get('q') ?? '';
  let found = [];
  for (let i = 0; i < repetitions; i += 1) {
    const t = performance.now();
    found = q ? fuse.search(q).map((r) => r.item).filter(keep) : docs.filter(keep);
    latencies.push(performance.now() - t);
  }
  const ids = new Set(found.map((d) => d.id));
  const expected = c.expected;
  const hits = expected.filter((id) => ids.has(id)).length;
  recalls.push(expected.length ? hits / expected.length : 1);
  precisions.push(ids.size ? hits / ids.size : 1);
}
latencies.sort((a, b) => a - b);
const pct = (p) => latencies[Math.round((latencies.length - 1) * p)];
console.log(JSON.stringify({
  build_ms: buildMs,
  p50: pct(0.5),
  p95: pct(0.95),
  runs: latencies.length,
  recalls,
  mean_recall: recalls.reduce((a, b) => a + b, 0) / recalls.length,
  precisions,
  mean_precision: precisions.reduce((a, b) => a + b, 0) / precisions.length,
}));
