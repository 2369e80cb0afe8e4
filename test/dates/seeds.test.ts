import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';
import type { Claim, Period } from '../../src/types.js';

const SEEDS = resolve(__dirname, '../../../shared/seeds');
if (!existsSync(SEEDS)) throw new Error(`expected the seed articles in ${SEEDS}, found no such folder`);

type Bound = string | [string, string];
interface Reading { start: Bound; end: Bound }
interface Listed { kind: string; count: number | string; optional?: boolean; period?: Reading | Reading[] | null }

const DAY = 86_400_000;

function nearBound(date: string | null, bound: Bound): boolean {
  if (date === null) return false;
  const [earliest, latest] = typeof bound === 'string' ? [bound, bound] : bound;
  const t = Date.parse(date);
  return t >= Date.parse(earliest) - DAY && t <= Date.parse(latest) + DAY;
}

function agrees(period: Period | null, listed: Reading | Reading[] | null): boolean {
  if (listed === null) return period === null;
  const readings = Array.isArray(listed) ? listed : [listed];
  return period !== null && readings.some((r) => nearBound(period.start, r.start) && nearBound(period.end, r.end));
}

function sameFigure(claim: Claim, listed: Listed): boolean {
  if (claim.kind !== listed.kind) return false;
  return typeof listed.count === 'number' ? claim.count.vague === null && claim.count.value === listed.count : claim.count.vague === listed.count;
}

const articles = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

describe('periods of the seed articles', () => {
  it('finds seed articles to check', () => {
    expect(articles.length).toBeGreaterThan(0);
  });

  for (const name of articles) {
    const annotation = JSON.parse(readFileSync(join(SEEDS, `${name}.json`), 'utf8')) as { published: string; claims: Listed[] };
    const judged = annotation.claims.filter((c) => !c.optional && c.period !== undefined);
    const claims = extractClaims(readFileSync(join(SEEDS, `${name}.txt`), 'utf8'), { published: annotation.published });

    it.each(judged.map((c) => [`${c.kind} ${c.count}`, c] as const))(`${name}: dates %s as annotated`, (_, listed) => {
      const found = claims.find((claim) => sameFigure(claim, listed));
      if (!found) throw new Error(`expected a ${listed.kind} claim of ${listed.count} in ${name}, found none`);
      expect(agrees(found.period, listed.period ?? null), `period ${JSON.stringify(found.period)} vs ${JSON.stringify(listed.period)}`).toBe(true);
    });
  }
});
