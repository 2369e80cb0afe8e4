import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
let consumer = '';

/** Packs the library as npm would publish it and unpacks it into a fresh folder's node_modules. */
beforeAll(() => {
  execFileSync('npx', ['tsup', '--silent'], { cwd: root, stdio: 'pipe' });
  consumer = mkdtempSync(join(tmpdir(), 'claimtally-consumer-'));
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop() ?? '';
  const target = join(consumer, 'node_modules', 'claimtally');
  mkdirSync(target, { recursive: true });
  execFileSync('tar', ['-xzf', join(consumer, tarball), '-C', target, '--strip-components=1']);
  // the runtime dependencies come from this checkout: the test must not need the network
  for (const dep of Object.keys(manifest.dependencies)) {
    const link = join(consumer, 'node_modules', dep);
    mkdirSync(join(link, '..'), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), link, 'dir');
  }
}, 120_000);

// a date, a place and a speaker: every stage, chrono-node and the gazetteer included, runs from the bundle
const sentence = 'More than 12,000 people fled Kharkiv between March 1 and 5, the agency said.';

describe('the published package', () => {
  it('should import as ESM', () => {
    writeFileSync(join(consumer, 'esm.mjs'), `import { extractClaims, parseCount } from 'claimtally';\nconst [c] = extractClaims(${JSON.stringify(sentence)}, { published: '2022-03-07' });\nconsole.log(JSON.stringify([c.kind, c.count.low, parseCount('1.3 million').value, c.period.start, c.places[0].country]));\n`);
    const out = execFileSync('node', ['esm.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['displaced', 12001, 1300000, '2022-03-01', 'UA']);
  });

  it('should require as CommonJS', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), `const { extractClaims } = require('claimtally');\nconst [c] = extractClaims(${JSON.stringify(sentence)}, { published: '2022-03-07' });\nconsole.log(JSON.stringify([c.period.end, c.places[0].country]));\n`);
    expect(JSON.parse(execFileSync('node', ['cjs.cjs'], { cwd: consumer, encoding: 'utf8' }))).toEqual(['2022-03-05', 'UA']);
  });

  it('should run its bin', () => {
    const bin = join(consumer, 'node_modules', 'claimtally', 'dist', 'cli.js');
    const out = execFileSync('node', [bin, 'extract', '--format', 'jsonl'], { cwd: consumer, input: sentence, encoding: 'utf8' });
    expect(JSON.parse(out).count.value).toBe(12000);
  });
});
