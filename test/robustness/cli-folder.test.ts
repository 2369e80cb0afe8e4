import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const dir = mkdtempSync(join(tmpdir(), 'claimtally-folder-'));
const files = Array.from({ length: 1000 }, (_, i) => {
  const path = join(dir, `article-${String(i).padStart(4, '0')}.txt`);
  writeFileSync(path, `Floods displaced ${i + 1} families in the district, officials said.`);
  return path;
});

function collect() {
  const writes: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void writes.push(s), err: (s: string) => void err.push(s), stdin: async () => null }, writes, err };
}

describe('claimtally extract over a folder of 1,000 files', () => {
  it("should write every file's claims, in order, one write per file", async () => {
    const { io, writes } = collect();
    expect(await runCli(['extract', '--format', 'jsonl', ...files], io)).toBe(0);
    expect(writes).toHaveLength(1000);
    const values = writes.map((w) => JSON.parse(w).count.value);
    expect(values).toEqual(files.map((_, i) => i + 1));
  }, 120_000);

  it('should have written the files before a bad one when it stops at it (results stream, they are not held)', async () => {
    const broken = files.slice(0, 600);
    rmSync(broken[500] as string);
    const { io, writes, err } = collect();
    expect(await runCli(['extract', '--format', 'jsonl', ...broken], io)).toBe(1);
    expect(writes).toHaveLength(500);
    expect(err.join('')).toContain('article-0500.txt');
    expect(err.join('').trim().split('\n')).toHaveLength(1);
  }, 120_000);
});
