// One cold start, in the fresh process this script runs in: import the built package, then
// the first extractClaims on one article. Prints { importMs, firstCallMs, claims }.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [dist, file, optionsJson] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const options = JSON.parse(optionsJson);
const start = performance.now();
const { extractClaims } = await import(pathToFileURL(join(dist, 'index.js')).href);
const imported = performance.now();
const claims = extractClaims(text, options);
const done = performance.now();
console.log(JSON.stringify({ importMs: imported - start, firstCallMs: done - imported, claims: claims.length }));
