// The gazetteer's load time, in the fresh process this runs in (with `node --import tsx`):
// the first builtInGazetteer() of src/places, then the first look-up of a few keys. When
// src/places exports no such loader, the caller falls back on timing a first call that
// touches places against one that does not (see run.mjs). Prints { loadMs, firstLookupMs } or
// { missing }.
const places = (await import('../src/places/builtin.js').catch(() => ({}))) as { builtInGazetteer?: () => { entriesForKey(key: string): unknown } };
const keys = (await import('../src/places/key.js').catch(() => ({}))) as { placeKey?: (name: string) => string };
if (typeof places.builtInGazetteer !== 'function') {
  console.log(JSON.stringify({ missing: 'src/places/builtin.ts exports no builtInGazetteer()' }));
} else {
  const start = performance.now();
  const gazetteer = places.builtInGazetteer();
  const loaded = performance.now();
  const names = ['Aleppo', 'Khartoum', 'Mariupol', 'Goma', 'Rafah'];
  if (keys.placeKey) for (const name of names) gazetteer.entriesForKey(keys.placeKey(name));
  const looked = performance.now();
  console.log(JSON.stringify({ loadMs: loaded - start, firstLookupMs: keys.placeKey ? (looked - loaded) / names.length : null }));
}
