import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchClaims, readAnnotation } from '../../src/corpus/index.js';
import type { ClaimKind } from '../../src/types.js';
import { makeClaim } from './make-claim.js';

const kind = fc.constantFrom<ClaimKind>('killed', 'displaced');
const value = fc.constantFrom(2, 3, 40);
const listed = fc.array(fc.record({ kind, count: value, optional: fc.boolean(), places: fc.subarray(['Aleppo', 'Homs']) }), { maxLength: 7 });
const extracted = fc.array(fc.record({ kind, value, places: fc.subarray(['Aleppo', 'Homs', 'Hama']) }), { maxLength: 7 });

describe('matchClaims on random lists', () => {
  it('uses each claim at most once and makes as many pairs as each kind and count allows, required claims first', () => {
    fc.assert(
      fc.property(listed, extracted, (listedClaims, sketches) => {
        const annotation = readAnnotation({ published: '2024-01-01', claims: listedClaims });
        const matches = matchClaims(annotation, sketches.map(makeClaim));
        expect(new Set(matches.map((m) => m.listed)).size).toBe(matches.length);
        expect(new Set(matches.map((m) => m.extracted)).size).toBe(matches.length);
        for (const key of new Set(listedClaims.map((c) => `${c.kind} ${c.count}`))) {
          const same = (c: { kind: string }, n: number) => `${c.kind} ${n}` === key;
          const inGroup = listedClaims.filter((c) => same(c, c.count));
          const found = sketches.filter((c) => same(c, c.value)).length;
          const made = matches.filter((m) => same(listedClaims[m.listed]!, listedClaims[m.listed]!.count));
          const required = inGroup.filter((c) => !c.optional).length;
          expect(made.length).toBe(Math.min(inGroup.length, found));
          expect(made.filter((m) => !listedClaims[m.listed]!.optional).length).toBe(Math.min(required, found));
        }
      }),
    );
  });
});
