// The gazetteer's load time seen from the built package, when src/places exposes no loader:
// in a fresh process, after a warm-up call whose claim names no place, the first call whose
// claim names one against a second such call. Prints { loadMs }.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist] = process.argv.slice(2);
const { extractClaims } = await import(pathToFileURL(join(dist, 'index.js')).href);
const timed = (text) => {
  const start = performance.now();
  extractClaims(text);
  return performance.now() - start;
};
timed('Fighting has displaced 12,500 people, the agency said on Monday.');
timed('Fighting has displaced 12,500 people, the agency said on Monday.');
const first = timed('Fighting has displaced 14,500 people from Aleppo, the agency said on Monday.');
const second = timed('Fighting has displaced 16,500 people from Mosul, the agency said on Monday.');
console.log(JSON.stringify({ loadMs: first - second }));
