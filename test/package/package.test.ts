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

const sentence = 'Fighting displaced more than 12,000 people, the agency said.';

describe('the published package', () => {
  it('should import as ESM', () => {
    writeFileSync(join(consumer, 'esm.mjs'), `import { extractClaims, parseCount } from 'claimtally';\nconst [c] = extractClaims(${JSON.stringify(sentence)});\nconsole.log(JSON.stringify([c.kind, c.count.low, parseCount('1.3 million').value]));\n`);
    const out = execFileSync('node', ['esm.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['displaced', 12001, 1300000]);
  });

  it('should require as CommonJS', () => {
    writeFileSync(join(consumer, 'cjs.cjs'), `const { extractClaims } = require('claimtally');\nconsole.log(extractClaims(${JSON.stringify(sentence)}).length);\n`);
    expect(execFileSync('node', ['cjs.cjs'], { cwd: consumer, encoding: 'utf8' }).trim()).toBe('1');
  });

  it('should run its bin', () => {
    const bin = join(consumer, 'node_modules', 'claimtally', 'dist', 'cli.js');
    const out = execFileSync('node', [bin, 'extract', '--format', 'jsonl'], { cwd: consumer, input: sentence, encoding: 'utf8' });
    expect(JSON.parse(out).count.value).toBe(12000);
  });
});
