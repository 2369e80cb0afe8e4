import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';
import type { Claim, Speaker } from '../../src/types.js';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

interface ListedClaim {
  readonly kind: string;
  readonly count: number | string;
  readonly speaker?: readonly (string | null)[];
  readonly optional?: boolean;
}

function readSeeds(): { name: string; text: string; published: string; source?: string; claims: ListedClaim[] }[] {
  if (!existsSync(SEEDS)) throw new Error(`the seed articles are missing: expected them in ${SEEDS}`);
  const names = readdirSync(SEEDS).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5));
  if (names.length === 0) throw new Error(`no seed annotations (*.json) in ${SEEDS}`);
  return names.map((name) => ({ name, text: readFileSync(join(SEEDS, `${name}.txt`), 'utf8'), ...JSON.parse(readFileSync(join(SEEDS, `${name}.json`), 'utf8')) }));
}

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/^the\s+/, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** The format's rule: a listed name among the speaker's names; null listed → none or the outlet. */
function acceptable(listed: readonly (string | null)[], speaker: Speaker | null, source: string | undefined): boolean {
  if (speaker === null) return listed.includes(null);
  const forms = [speaker.name, ...speaker.aliases, speaker.organization].filter((f): f is string => !!f).map(fold);
  const names = listed.filter((n): n is string => n !== null).map(fold);
  if (forms.some((f) => names.includes(f))) return true;
  return listed.includes(null) && (speaker.kind === 'outlet' || (source !== undefined && forms.includes(fold(source))));
}

function sameCount(claim: Claim, count: number | string): boolean {
  return typeof count === 'number' ? claim.count.vague === null && claim.count.value === count : claim.count.vague === count;
}

describe('speakers: the seed articles', () => {
  for (const seed of readSeeds()) {
    const claims = extractClaims(seed.text, { published: seed.published, source: seed.source });
    for (const listed of seed.claims.filter((c) => !c.optional && c.speaker)) {
      it(`gives the ${listed.kind} ${listed.count} of ${seed.name} an acceptable speaker (${listed.speaker?.join(' | ')})`, () => {
        const claim = claims.find((c) => c.kind === listed.kind && sameCount(c, listed.count));
        expect(claim, `the claim ${listed.kind} ${listed.count} was not extracted`).toBeDefined();
        expect(acceptable(listed.speaker ?? [], claim?.speaker ?? null, seed.source), `got ${JSON.stringify(claim?.speaker)}`).toBe(true);
      });
    }
  }
});
