import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';
import type { Extract } from '../../src/corpus/index.js';
import type { Claim } from '../../src/types.js';
import { fixture } from './fixtures.js';
import { makeClaim } from './make-claim.js';

/** What a perfect extractor returns for each article of fixtures/basic, keyed by its first words. */
const PERFECT: Record<string, Claim[]> = {
  'An air strike': [
    makeClaim({ kind: 'killed', value: 12, speaker: 'health ministry', period: ['2024-03-03', '2024-03-03'], places: ["Ma'arat al-Nu'man"] }),
    makeClaim({ kind: 'injured', value: 24, vague: 'dozens', speaker: 'rescuers' }),
  ],
  'Floods along': [
    makeClaim({ kind: 'displaced', value: 4000, speaker: 'Riverside Relief', period: ['2024-05-06', '2024-05-10'], places: ['Lower Darra'] }),
    makeClaim({ kind: 'killed', value: 15, period: ['2024-05-01', '2024-05-10'] }),
  ],
  'Shelling killed': [
    makeClaim({ kind: 'killed', value: 2, period: ['2024-02-05', '2024-02-05'], places: ['Kafr Nabl'] }),
    makeClaim({ kind: 'killed', value: 2, period: ['2024-02-06', '2024-02-06'], places: ['Saraqib'] }),
  ],
};

const perfect = (text: string): Claim[] => Object.entries(PERFECT).find(([start]) => text.startsWith(start))?.[1] ?? [];

/** Misses the injured, gives the Saraqib deaths a wrong date and adds a false claim. */
const flawed = (text: string): Claim[] => {
  if (text.startsWith('An air strike')) return PERFECT['An air strike']!.slice(0, 1);
  if (text.startsWith('Shelling killed')) {
    return [PERFECT['Shelling killed']![0]!, makeClaim({ kind: 'killed', value: 2, period: ['2024-02-08', '2024-02-08'], places: ['Saraqib'] }), makeClaim({ kind: 'killed', value: 7 })];
  }
  return perfect(text);
};

async function run(args: string[], extract: Extract = perfect) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runEval(args, { out: (s) => out.push(s), err: (s) => err.push(s) }, extract);
  return { code, out: out.join(''), err: err.join('') };
}

describe('claimtally eval', () => {
  it('prints a table of the figures and exits 0', async () => {
    const { code, out, err } = await run([fixture('basic')]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toMatch(/^article\s+claims\s+found\s+precision\s+recall\s+F1\s+speaker\s+period\s+place recall\s+place precision$/m);
    expect(out).toMatch(/^river-flood\s+2\+1\?\s+2\s+1\.000\s+1\.000\s+1\.000\s+1.000\s+1.000\s+1.000\s+1.000$/m);
    expect(out).toMatch(/^total \(3\)\s+6\+1\?\s+6\s+1\.000/m);
    expect(out).toMatch(/^precision\s+1\.000 {2}6 of 6 extracted claims/m);
  });

  it('prints the figures as JSON with --json', async () => {
    const { code, out } = await run([fixture('basic'), '--json'], flawed);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.total.precision).toEqual({ value: 5 / 6, hits: 5, of: 6 });
    expect(json.total.recall).toEqual({ value: 5 / 6, hits: 5, of: 6 });
    expect(json.total.period).toEqual({ value: 4 / 5, hits: 4, of: 5 });
    expect(json.articles.map((article: { name: string }) => article.name)).toEqual(['clinic-strike', 'river-flood', 'two-towns']);
    expect(json.articles[0].findings).toBeUndefined();
    expect(json.unmetFloors).toEqual([]);
  });

  it('lists each miss, false claim and wrong field under its article with --verbose', async () => {
    const { out } = await run([fixture('basic'), '--verbose'], flawed);
    const findings = out.slice(out.indexOf('\nclinic-strike\n'));
    expect(findings).toBe([
      '',
      'clinic-strike',
      '  missed claim: injured dozens (claims[1])',
      'two-towns',
      '  wrong period: killed 2 (claims[1]): expected 2024-02-06 to 2024-02-06, found 2024-02-08 to 2024-02-08 "then"',
      '  false claim: killed 7 "7 killed"',
      '',
    ].join('\n'));
  });

  it('adds the findings to the JSON with --verbose --json', async () => {
    const { out } = await run(['--json', '--verbose', fixture('basic')], flawed);
    expect(JSON.parse(out).articles[0].findings).toEqual([{ type: 'missed claim', claim: 'injured dozens (claims[1])' }]);
  });

  it('exits 1 and names the figure when a floor is not met', async () => {
    const { code, err } = await run([fixture('basic'), '--min-f1', '0.9', '--min-period=0.7'], flawed);
    expect(code).toBe(1);
    expect(err).toBe('F1 0.833 is below its floor 0.9\n');
  });

  it('exits 0 when every floor is met, one equal to its figure included', async () => {
    const { code } = await run([fixture('basic'), '--min-precision', String(5 / 6), '--min-period', '0.8', '--min-place-recall', '1'], flawed);
    expect(code).toBe(0);
  });

  it('lists the unmet floors in the JSON', async () => {
    const { code, out } = await run([fixture('basic'), '--json', '--min-recall', '0.9'], flawed);
    expect(code).toBe(1);
    expect(JSON.parse(out).unmetFloors).toEqual([{ figure: 'recall', floor: 0.9, value: 5 / 6 }]);
  });

  it.each([
    [[], 'expected a corpus folder DIR'],
    [['a', 'b'], 'expected one DIR, found a, b'],
    [['dir', '--min-f1'], '--min-f1 expects a number from 0 to 1, found nothing'],
    [['dir', '--min-f1', '80'], '--min-f1 expects a number from 0 to 1, found 80'],
    [['dir', '--min-recal', '0.5'], 'unknown option --min-recal'],
  ])('exits 2 with the usage on bad usage: %j', async (args, message) => {
    const { code, err, out } = await run(args);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toContain(`claimtally eval: ${message}\nusage: claimtally eval DIR`);
  });

  it('prints the usage and exits 0 with --help', async () => {
    const { code, out } = await run(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: claimtally eval DIR/);
  });

  it('exits 2 when DIR cannot be read', async () => {
    const { code, err } = await run([fixture('no-such-folder')]);
    expect(code).toBe(2);
    expect(err).toMatch(/^claimtally eval: cannot read .*no-such-folder: ENOENT/);
  });

  it('exits 2 when DIR holds no pairs', async () => {
    const { code, err } = await run([fixture('empty-dir')]);
    expect(code).toBe(2);
    expect(err).toMatch(/no NAME\.txt \+ NAME\.json pairs in .*empty-dir\n$/);
  });

  it('reports each faulty pair, scores the sound ones and exits 2', async () => {
    const injured = makeClaim({ kind: 'injured', value: 5, speaker: 'police' });
    const { code, err, out } = await run([fixture('faulty'), '--json'], () => [injured]);
    expect(code).toBe(2);
    expect(err).toContain('orphan.txt: no orphan.json beside it');
    expect(err).toContain('typo.json: claims[0].kind: expected one of displaced, killed, injured, missing, found "fled"');
    expect(JSON.parse(out).total.f1.value).toBe(1);
  });

  it('exits 1 and names the article when the extractor throws', async () => {
    const { code, err } = await run([fixture('basic')], () => {
      throw new Error('boom');
    });
    expect(code).toBe(1);
    expect(err).toBe('claimtally eval: clinic-strike.txt: the extractor failed: boom\n');
  });

  it('passes each article its published date and source', async () => {
    const seen: unknown[] = [];
    await run([fixture('basic')], (text, options) => {
      seen.push(options);
      return perfect(text);
    });
    expect(seen).toEqual([{ published: '2024-03-04' }, { published: '2024-05-10', source: 'Delta Herald' }, { published: '2024-02-08' }]);
  });
});
