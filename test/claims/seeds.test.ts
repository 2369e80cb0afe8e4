import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { Claim } from '../../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = resolve(ROOT, '../shared/seeds');
if (!existsSync(SEEDS)) throw new Error(`test/claims/seeds.test.ts: the seed folder ${SEEDS} is missing; it must sit beside the repository as ../shared/seeds`);

interface Listed {
  readonly kind: string;
  readonly count: number | string;
  readonly optional?: boolean;
  readonly note?: string;
}

interface Seed {
  readonly name: string;
  readonly text: string;
  readonly published: string;
  readonly claims: readonly Listed[];
}

function readSeeds(): Seed[] {
  const names = readdirSync(SEEDS).filter((f) => f.endsWith('.json')).sort();
  if (names.length === 0) throw new Error(`test/claims/seeds.test.ts: no annotated seed (.json) in ${SEEDS}`);
  return names.map((file) => {
    const meta = JSON.parse(readFileSync(join(SEEDS, file), 'utf8')) as { published: string; claims: Listed[] };
    const text = readFileSync(join(SEEDS, file.replace(/\.json$/, '.txt')), 'utf8');
    return { name: file.replace(/\.json$/, ''), text, published: meta.published, claims: meta.claims };
  });
}

const countOf = (claim: Claim): number | string => claim.count.vague ?? claim.count.value;
const label = (kind: string, count: number | string) => `${kind} ${count}`;

/** Each extracted claim paired with one listed claim of the same kind and count, required ones first. */
function pairUp(extracted: readonly Claim[], listed: readonly Listed[]): { unmatched: string[]; missed: string[] } {
  const used = new Set<number>();
  const order = listed.map((_, k) => k).sort((a, b) => Number(listed[a]?.optional ?? false) - Number(listed[b]?.optional ?? false));
  const unmatched: string[] = [];
  for (const claim of extracted) {
    const k = order.find((i) => !used.has(i) && listed[i]?.kind === claim.kind && listed[i]?.count === countOf(claim));
    if (k === undefined) unmatched.push(`${label(claim.kind, countOf(claim))} ("${claim.mentions[0]?.text ?? ''}")`);
    else used.add(k);
  }
  const missed = listed.filter((c, k) => !c.optional && !used.has(k)).map((c) => label(c.kind, c.count));
  return { unmatched, missed };
}

describe.each(readSeeds())('the seed article $name', (seed) => {
  const claims = extractClaims(seed.text, { published: seed.published });

  it('yields every required claim with the right kind and count', () => {
    expect(pairUp(claims, seed.claims).missed).toEqual([]);
  });

  it('reports nothing that is not listed, as required or optional', () => {
    expect(pairUp(claims, seed.claims).unmatched).toEqual([]);
  });

  it('gives every mention as a slice of the article', () => {
    for (const claim of claims) for (const m of claim.mentions) expect(seed.text.slice(m.start, m.end)).toBe(m.text);
  });
});
