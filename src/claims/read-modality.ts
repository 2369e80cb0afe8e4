import type { Token } from '../document/index.js';
import { DENIALS, HEDGES, NEGATIONS, PROJECTIONS, VERIFICATIONS } from '../data/claims/modality.js';
import type { Modality } from '../types.js';

const NEAR = 4;
const CLAUSE = 10;

/**
 * Whether the claim between tokens [first, end) is asserted, hedged, projected or negated,
 * from the words inside it and just before it: "denied that 40 were killed" (negated),
 * "could force a million more to flee" (projected), "reportedly killed" (hedged).
 */
export function readModality(tokens: readonly Token[], first: number, end: number, sentence: { firstToken: number; endToken: number }): Modality {
  const near = words(tokens, Math.max(sentence.firstToken, first - NEAR), end);
  const clause = words(tokens, Math.max(sentence.firstToken, first - CLAUSE), first);
  if (near.some((w) => NEGATIONS.has(w)) || clause.some((w) => DENIALS.has(w))) return 'negated';
  if (hasHedgedModal(near) || isDoubtedAfter(words(tokens, end, Math.min(sentence.endToken, end + CLAUSE)))) return 'hedged';
  if (near.some((w) => PROJECTIONS.has(w))) return 'projected';
  if (near.some((w) => HEDGES.has(w))) return 'hedged';
  return 'asserted';
}

/** "Reports that 100 were killed were not confirmed", "could not be independently verified" */
function isDoubtedAfter(after: string[]): boolean {
  const verified = after.findIndex((w) => VERIFICATIONS.has(w));
  return verified > 0 && after.slice(0, verified).some((w) => NEGATIONS.has(w));
}

/** "may have been killed" says the past is uncertain, not that it is to come. */
function hasHedgedModal(near: string[]): boolean {
  return near.some((w, k) => (w === 'may' || w === 'might' || w === 'could') && near[k + 1] === 'have');
}

function words(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let at = from; at < to; at++) out.push(tokens[at]?.lower ?? '');
  return out;
}
