import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract.js';
import type { Claim } from '../../src/types.js';

const SEEDS = resolve(__dirname, '../../../shared/seeds');

interface GoldClaim {
  kind: string;
  count: number | string;
  places?: string[];
  placesOptional?: string[];
  optional?: boolean;
}

function readSeed(name: string): { text: string; published: string; claims: GoldClaim[] } {
  if (!existsSync(SEEDS)) throw new Error(`the seed articles are missing: expected them in ${SEEDS}`);
  const gold = JSON.parse(readFileSync(join(SEEDS, `${name}.json`), 'utf8')) as { published: string; claims: GoldClaim[] };
  return { text: readFileSync(join(SEEDS, `${name}.txt`), 'utf8'), ...gold };
}

// The format's scoring: a place is found when its normalised form equals or contains the listed one, or the reverse.
const normalise = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[’‘]/g, "'").replace(/^the\s+/, '').trim();
const found = (listed: string, claim: Claim): boolean =>
  claim.places.some((place) => normalise(place.text).includes(normalise(listed)) || normalise(listed).includes(normalise(place.text)));
const sameCount = (claim: Claim, gold: GoldClaim): boolean =>
  claim.kind === gold.kind && (typeof gold.count === 'number' ? claim.count.vague === null && claim.count.value === gold.count : claim.count.vague === gold.count);

describe.each(['seed-000', 'seed-003'])('places on %s', (name) => {
  const seed = readSeed(name);
  const claims = extractClaims(seed.text, { published: seed.published });
  const required = seed.claims.filter((gold) => !gold.optional);

  it.each(required.map((gold) => [`${gold.kind} ${gold.count}`, gold] as const))('finds every listed place of the claim %s', (_, gold) => {
    const claim = claims.find((c) => sameCount(c, gold));
    expect(claim, 'the claim itself is found').toBeDefined();
    for (const listed of gold.places ?? []) expect(found(listed, claim as Claim), `${listed} in ${JSON.stringify(claim?.places.map((p) => p.text))}`).toBe(true);
  });

  it('gives the claims that name no place only places the annotation allows', () => {
    for (const gold of seed.claims.filter((g) => (g.places ?? []).length === 0)) {
      const claim = claims.find((c) => sameCount(c, gold));
      const allowed = gold.placesOptional ?? [];
      for (const place of claim?.places ?? []) {
        expect(allowed.some((listed) => found(listed, { ...(claim as Claim), places: [place] })), `${place.text} for ${gold.kind} ${gold.count}`).toBe(true);
      }
    }
  });
});
