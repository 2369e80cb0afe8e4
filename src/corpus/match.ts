import type { Claim, Count } from '../types.js';
import { bestAssignment } from './assign.js';
import { checkPlaces, periodAgrees, speakerAgrees } from './fields.js';
import type { AnnotatedClaim, Annotation } from './types.js';

/** A listed claim (index into `annotation.claims`) and the extracted claim (index) it matched. */
export interface Match {
  readonly listed: number;
  readonly extracted: number;
}

const MATCH = 1000;
const REQUIRED = 100;

/**
 * Pairs extracted claims with listed ones of the same kind and count, each at most once: as
 * many pairs as possible, non-optional listed claims first, then the pairs whose speaker,
 * period and places agree.
 */
export function matchClaims(annotation: Annotation, claims: readonly Claim[]): Match[] {
  const matches: Match[] = [];
  for (const [key, listed] of groupBy(annotation.claims, (claim) => listedKey(claim))) {
    const extracted = [...claims.keys()].filter((i) => extractedKey(claims[i]!) === key);
    const weights = listed.map((l) => extracted.map((e) => pairWeight(annotation, annotation.claims[l]!, claims[e]!)));
    bestAssignment(weights).forEach((column, row) => {
      if (column >= 0) matches.push({ listed: listed[row]!, extracted: extracted[column]! });
    });
  }
  return matches.sort((a, b) => a.listed - b.listed);
}

export function listedKey(claim: AnnotatedClaim): string {
  return typeof claim.count === 'number' ? `${claim.kind} ${roundFigure(claim.count)}` : `${claim.kind} ${claim.count}`;
}

export function extractedKey(claim: Claim): string {
  return `${claim.kind} ${countKey(claim.count)}`;
}

function countKey(count: Count): string {
  return count.vague ?? String(roundFigure(count.value));
}

/** "4.6 million" may arrive as 4599999.999999999. */
function roundFigure(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function pairWeight(annotation: Annotation, listed: AnnotatedClaim, claim: Claim): number {
  const places = checkPlaces(listed, claim.places);
  const placeAgreement = places === null ? 0 : (places.found + places.right) / (listed.places!.length + claim.places.length || 1);
  const agreement = Number(speakerAgrees(listed, claim.speaker, annotation) === true)
    + Number(periodAgrees(listed, claim.period) === true) + placeAgreement;
  return MATCH + (listed.optional ? 0 : REQUIRED) + agreement;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  items.forEach((item, i) => groups.set(key(item), [...(groups.get(key(item)) ?? []), i]));
  return groups;
}
