import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NUMBERED_VALUES, numberedTexts, repoPath, seedTexts } from './texts.js';

// built into a folder of its own, so that the other tests' dist/ is never rebuilt under them;
// inside the repository, so that the bundles find the dependencies in its node_modules
const cache = repoPath('node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'claimtally-batch-build-'));
const texts = [...numberedTexts(6), ...seedTexts()];
const files = texts.map((_, i) => join(out, `article-${i}.txt`));

beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent', '--out-dir', out], { cwd: repoPath(''), stdio: 'pipe' });
  // after the build, which empties its folder
  texts.forEach((text, i) => writeFileSync(files[i]!, text));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Runs a script with node in the build folder; returns what it printed, parsed. */
function runScript(name: string, body: string): unknown {
  writeFileSync(join(out, name), body);
  // a guard against a pool that holds the process open: without it, a hang, not a failure
  return JSON.parse(execFileSync('node', [join(out, name)], { cwd: out, encoding: 'utf8', timeout: 60_000 }));
}

const script = (load: string) => `${load}
const texts = ${JSON.stringify(texts)};
extractMany(texts, { jobs: 2 }).then((batch) => {
  const same = JSON.stringify(batch) === JSON.stringify(texts.map((text) => extractClaims(text)));
  console.log(JSON.stringify({ same, first: batch.slice(0, 6).map((claims) => claims.map((c) => c.count.value)) }));
});
`;

describe('extractMany from the built package', () => {
  it('should run its worker threads from the ES module build', () => {
    const result = runScript('esm.mjs', script(`import { extractClaims, extractMany } from './index.js';`));
    expect(result).toEqual({ same: true, first: NUMBERED_VALUES(6).map((value) => [value]) });
  });

  it('should run its worker threads from the CommonJS build', () => {
    const result = runScript('cjs.cjs', script(`const { extractClaims, extractMany } = require('./index.cjs');`));
    expect(result).toEqual({ same: true, first: NUMBERED_VALUES(6).map((value) => [value]) });
  });

  it('should let the process exit on its own while its threads wait for the next batch, before they would time out', () => {
    const result = runScript('exit.mjs', `import { extractMany } from './index.js';
const texts = ${JSON.stringify(numberedTexts(4))};
let read;
extractMany(texts, { jobs: 2 })
  .then(() => extractMany(texts, { jobs: 2 }))
  .then((batch) => { read = { at: performance.now(), values: batch.map((claims) => claims.map((c) => c.count.value)) }; });
process.on('exit', () => console.log(JSON.stringify({ values: read?.values, idleMs: performance.now() - read?.at })));
`);
    expect(result).toMatchObject({ values: NUMBERED_VALUES(4).map((value) => [value]) });
    // the pool closes itself after 10 s idle: an exit sooner is the unref'd threads letting go
    expect((result as { idleMs: number }).idleMs).toBeLessThan(5_000);
  });

  it('should give the built CLI the same output with --jobs 2 as without', () => {
    const cli = (extra: string[]) => execFileSync('node', [join(out, 'cli.js'), 'extract', ...files, '--format', 'jsonl', ...extra], { encoding: 'utf8' });
    const alone = cli([]);
    expect(cli(['--jobs', '2'])).toBe(alone);
    expect(alone.trim().split('\n').slice(0, 6).map((line) => (JSON.parse(line) as { count: { value: number } }).count.value)).toEqual(NUMBERED_VALUES(6));
  });
});
