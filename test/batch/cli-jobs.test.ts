import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { NUMBERED_VALUES, numberedTexts, seedTexts } from './texts.js';

function collect() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => void out.push(s), err: (s: string) => void err.push(s), stdin: async () => null }, out, err };
}

const dir = mkdtempSync(join(tmpdir(), 'claimtally-jobs-'));
const files = [...numberedTexts(9), ...seedTexts()].map((text, i) => {
  const file = join(dir, `article-${String(i).padStart(2, '0')}.txt`);
  writeFileSync(file, text);
  return file;
});

async function run(args: string[]) {
  const { io, out, err } = collect();
  const code = await runCli(['extract', ...args], io);
  return { code, out: out.join(''), err: err.join('') };
}

describe('claimtally extract --jobs', () => {
  it('should write on two threads exactly what it writes in one, file by file in the order given', async () => {
    for (const format of ['json', 'csv']) {
      const alone = await run([...files, '--format', format]);
      const threaded = await run([...files, '--format', format, '--jobs', '2']);
      expect(threaded).toEqual(alone);
      expect(threaded.code).toBe(0);
    }
  });

  it('should keep the order of the files when they finish out of order', async () => {
    const reversed = [...files.slice(0, 9)].reverse();
    const { out } = await run([...reversed, '--format', 'jsonl', '--jobs', '3']);
    const rows = out.trim().split('\n').map((line) => JSON.parse(line) as { file: string; count: { value: number } });
    expect(rows.map((row) => row.file)).toEqual(reversed);
    expect(rows.map((row) => row.count.value)).toEqual(NUMBERED_VALUES(9).reverse());
  });

  it('should write the files before one that cannot be read, then exit 1 naming it', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = await run([files[0]!, files[1]!, missing, files[2]!, '--format', 'jsonl', '--jobs', '2']);
    expect(code).toBe(1);
    expect(out.trim().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual([files[0], files[1]]);
    expect(err).toContain(`${missing}: cannot be read (ENOENT)`);
  });

  it('should exit 2 with the usage when N is not a whole number of at least 1', async () => {
    for (const jobs of ['0', '-2', '1.5', 'all', '']) {
      const { code, err } = await run([files[0]!, `--jobs=${jobs}`]);
      expect(code).toBe(2);
      expect(err).toContain(`claimtally extract: --jobs expects a whole number of at least 1, found "${jobs}"`);
      expect(err).toContain('usage: claimtally extract');
    }
  });
});
