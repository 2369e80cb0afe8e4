import type { Token } from '../document/index.js';
import { DENIALS, HEDGES, NEGATIONS, PROJECTIONS, VERIFICATIONS } from '../data/claims/modality.js';
import type { Modality } from '../types.js';

const NEAR = 4;
const CLAUSE = 10;

// what each modality word says, as bits, so that each word of the windows is looked up once
const NEGATION = 1;
const DENIAL = 2;
const PROJECTION = 4;
const HEDGE = 8;
const VERIFICATION = 16;
const MODAL = 32;

let cues: ReadonlyMap<string, number> | null = null;

function cuesByWord(): ReadonlyMap<string, number> {
  const map = new Map<string, number>();
  const add = (words: Iterable<string>, bit: number) => {
    for (const word of words) map.set(word, (map.get(word) ?? 0) | bit);
  };
  add(NEGATIONS, NEGATION);
  add(DENIALS, DENIAL);
  add(PROJECTIONS, PROJECTION);
  add(HEDGES, HEDGE);
  add(VERIFICATIONS, VERIFICATION);
  // "may have been killed"
  add(['may', 'might', 'could'], MODAL);
  return map;
}

/**
 * Whether the claim between tokens [first, end) is asserted, hedged, projected or negated,
 * from the words inside it and just before it: "denied that 40 were killed" (negated),
 * "could force a million more to flee" (projected), "reportedly killed" (hedged).
 */
export function readModality(tokens: readonly Token[], first: number, end: number, sentence: { firstToken: number; endToken: number }): Modality {
  cues ??= cuesByWord();
  const near = Math.max(sentence.firstToken, first - NEAR);
  const clause = Math.max(sentence.firstToken, first - CLAUSE);
  let inClause = 0;
  for (let at = clause; at < first; at++) inClause |= cueAt(cues, tokens, at);
  let inNear = 0;
  for (let at = near; at < end; at++) inNear |= cueAt(cues, tokens, at);
  if (says(inNear, NEGATION) || says(inClause, DENIAL)) return 'negated';
  if ((says(inNear, MODAL) && hasHedgedModal(cues, tokens, near, end)) || isDoubtedAfter(cues, tokens, end, Math.min(sentence.endToken, end + CLAUSE))) return 'hedged';
  if (says(inNear, PROJECTION)) return 'projected';
  if (says(inNear, HEDGE)) return 'hedged';
  return 'asserted';
}

/** "Reports that 100 were killed were not confirmed", "could not be independently verified" */
function isDoubtedAfter(cues: ReadonlyMap<string, number>, tokens: readonly Token[], from: number, to: number): boolean {
  let seen = 0;
  for (let at = from; at < to; at++) {
    const cue = cueAt(cues, tokens, at);
    if (says(cue, VERIFICATION)) return says(seen, NEGATION);
    seen |= cue;
  }
  return false;
}

/** "may have been killed" says the past is uncertain, not that it is to come. */
function hasHedgedModal(cues: ReadonlyMap<string, number>, tokens: readonly Token[], from: number, to: number): boolean {
  for (let at = from; at + 1 < to; at++) if (says(cueAt(cues, tokens, at), MODAL) && tokens[at + 1]?.lower === 'have') return true;
  return false;
}

function says(bits: number, cue: number): boolean {
  return (bits & cue) !== 0;
}

function cueAt(cues: ReadonlyMap<string, number>, tokens: readonly Token[], at: number): number {
  return cues.get(tokens[at]?.lower ?? '') ?? 0;
}
