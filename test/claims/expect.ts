import { expect } from 'vitest';
import { extractClaims } from '../../src/index.js';
import type { Claim, ClaimKind, Measure, Modality, VagueMagnitude } from '../../src/index.js';

/** What a test says of a claim; fields left out are not judged. */
export interface Expected {
  readonly kind: ClaimKind;
  /** The number, or the vague magnitude. */
  readonly count: number | VagueMagnitude;
  readonly group?: string;
  readonly persons?: boolean;
  readonly measure?: Measure;
  readonly modality?: Modality;
}

export const PUBLISHED = '2023-02-10';

/** The claims of `text`, checked for spans that point into the input. */
export function claimsOf(text: string): Claim[] {
  const claims = extractClaims(text, { published: PUBLISHED });
  for (const claim of claims) {
    for (const mention of claim.mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  }
  return claims;
}

/** A claim cut down to the fields `expected` names, for a readable diff. */
export function judged(claim: Claim, expected: Expected): Expected {
  const out: Record<string, unknown> = { kind: claim.kind, count: claim.count.vague ?? claim.count.value };
  if (expected.group !== undefined) out.group = claim.group.noun;
  if (expected.persons !== undefined) out.persons = claim.group.persons;
  if (expected.measure !== undefined) out.measure = claim.measure;
  if (expected.modality !== undefined) out.modality = claim.modality;
  return out as unknown as Expected;
}

export function expectClaims(text: string, expected: readonly Expected[]): void {
  const claims = claimsOf(text);
  const got = claims.map((claim, k) => judged(claim, expected[k] ?? { kind: claim.kind, count: 0 }));
  expect(got).toEqual(expected);
}
