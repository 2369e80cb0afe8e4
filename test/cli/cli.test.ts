import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

function collect(stdin: string | null = null) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), stdin: async () => stdin }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'claimtally-cli-'));
const article = join(dir, 'quake.txt');
writeFileSync(article, 'The earthquake killed at least 1,200 people and left 40,000 homeless, the disaster agency said on Tuesday.');
writeFileSync(join(dir, 'quake.json'), JSON.stringify({ published: '2023-02-08', source: 'Wire', claims: [] }));

describe('claimtally extract', () => {
  it('should print a table of the claims of a file', async () => {
    const { io, out } = collect();
    expect(await runCli(['extract', article], io)).toBe(0);
    const text = out.join('');
    expect(text).toContain('quake.txt: 2 claims');
    expect(text).toMatch(/killed\s+at least 1,200 \(1200\)/);
    expect(text).toMatch(/displaced\s+40,000 \(40000\)/);
  });

  it('should write one JSON claim a line with --format jsonl', async () => {
    const { io, out } = collect();
    expect(await runCli(['extract', article, '--format', 'jsonl'], io)).toBe(0);
    const rows = out.join('').trim().split('\n').map((line) => JSON.parse(line));
    expect(rows.map((r) => [r.kind, r.count.value])).toEqual([['killed', 1200], ['displaced', 40000]]);
    expect(rows[0].file).toBe(article);
  });

  it('should write valid JSON with --format json', async () => {
    const { io, out } = collect();
    expect(await runCli(['extract', article, article, '--format', 'json'], io)).toBe(0);
    const parsed = JSON.parse(out.join(''));
    expect(parsed).toHaveLength(2);
    expect(parsed[1].claims[0].count.low).toBe(1200);
  });

  it('should quote CSV cells that hold commas', async () => {
    const { io, out } = collect();
    expect(await runCli(['extract', article, '--format', 'csv'], io)).toBe(0);
    const lines = out.join('').trim().split('\n');
    expect(lines[0]).toMatch(/^file,kind,term,count,value/);
    expect(lines[1]).toContain('"at least 1,200"');
    expect(lines).toHaveLength(3);
  });

  it('should read standard input when given no file', async () => {
    const { io, out } = collect('Floods displaced 3,500 families in Sindh.');
    expect(await runCli(['extract', '--format', 'jsonl'], io)).toBe(0);
    const row = JSON.parse(out.join(''));
    expect(row.file).toBe('<stdin>');
    expect(row.group).toMatchObject({ noun: 'families', persons: false, unit: 'family' });
  });

  it('should exit 2 with the usage on a bad flag, a bad format or a bad date', async () => {
    for (const args of [['extract', '--bogus'], ['extract', article, '--format', 'xml'], ['extract', article, '--published', 'last week'], ['frobnicate']]) {
      const { io, err } = collect();
      expect(await runCli(args, io)).toBe(2);
      expect(err.join('')).toContain('usage: claimtally');
    }
  });

  it('should exit 2 on an empty standard input', async () => {
    const { io, err } = collect('   ');
    expect(await runCli(['extract'], io)).toBe(2);
    expect(err.join('').split('\n')[0]).toBe('claimtally extract: no FILE given and standard input is empty');
  });

  it('should exit 1 naming a file that cannot be read, a directory or a binary file', async () => {
    const sub = join(dir, 'folder');
    mkdirSync(sub, { recursive: true });
    const binary = join(dir, 'blob.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    for (const [path, why] of [[join(dir, 'missing.txt'), 'ENOENT'], [sub, 'is a directory'], [binary, 'binary']] as const) {
      const { io, err } = collect();
      expect(await runCli(['extract', path], io)).toBe(1);
      expect(err.join('')).toContain(path);
      expect(err.join('')).toContain(why);
    }
  });
});
