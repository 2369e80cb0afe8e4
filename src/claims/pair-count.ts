import type { Doc } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';
import { spanOf, type Pairing } from './build-candidate.js';
import { labelledPhrase, triggerOfBracket } from './find-listed.js';
import { triggerOfTotal, triggerOfTotalAfter } from './find-total.js';
import { triggerAfter, triggerBefore, triggerInNoun } from './find-trigger.js';
import type { TriggerMatch } from './match-trigger.js';
import { HURT_OR_DEAD_NOUNS } from '../data/claims/groups.js';
import { readCountedNoun, type CountedNoun } from './read-noun.js';

/** Adjectives that stand for their noun right after a figure: "25,000 displaced", "left 2,000 homeless". */
const BARE_ADJECTIVES = new Set(['displaced', 'homeless']);

/**
 * The trigger that makes a figure a claim, tried in order of reliability: inside the counted
 * phrase, right after it, before the figure, then a running total named further back. Null
 * when the figure counts things ("15 villages") or nothing makes it a claim ("2.4 million locals").
 */
export function pairCount(doc: Doc, sentence: number, count: CountMatch, nextCountFirst: number): Pairing | null {
  const tokens = doc.tokens;
  const bounds = doc.sentences[sentence];
  if (!bounds) return null;
  const to = Math.min(bounds.endToken, nextCountFirst);
  const noun = readCountedNoun(tokens, count.endToken, to);
  if (noun.notPeople) return null;
  const bareAdjective = noun.head === count.endToken && BARE_ADJECTIVES.has(tokens[noun.head]?.lower ?? '');
  const inNoun = bareAdjective ? null : triggerInNoun(tokens, count.endToken, noun, count.firstToken);
  const after = movingNoun(triggerAfter(tokens, bareAdjective ? count.endToken : noun.end, to, bounds.endToken), noun.group.noun);
  if (inNoun && !movedAfterAll(inNoun, after)) return paired(doc, count, noun, inNoun, 'noun', 'claims/pair-count:noun', 0.85);
  if (after) return paired(doc, count, noun, after, 'after', 'claims/pair-count:after', 0.9);
  const before = triggerBefore(tokens, count.firstToken, bounds.firstToken);
  if (before) return paired(doc, count, noun, before, 'before', 'claims/pair-count:before', 0.8);
  const total = triggerOfTotal(tokens, count.firstToken, bounds.firstToken) ?? triggerOfTotalAfter(tokens, count.firstToken, count.endToken, bounds.endToken);
  if (total) return paired(doc, count, noun, total, 'before', 'claims/find-total', 0.75);
  const bracket = triggerOfBracket(tokens, count.firstToken, noun, bounds.firstToken);
  if (bracket) return paired(doc, count, noun, bracket, 'before', 'claims/find-listed:bracket', 0.7);
  return pairLabel(doc, count, to, bounds.firstToken, bounds.endToken);
}

/** The figure, its counted noun and its trigger as a Pairing; one shape for every rule. */
function paired(doc: Doc, count: CountMatch, noun: CountedNoun, trigger: TriggerMatch, position: Pairing['position'], rule: string, confidence: number): Pairing {
  const groupSpan = noun.head === null ? null : spanOf(doc, noun.head, noun.head + 1);
  return { count, trigger, position, group: noun.group, groupSpan, rule, confidence };
}

/** "• 370,000: estimated new arrivals": the counted phrase stands after a colon. */
function pairLabel(doc: Doc, count: CountMatch, to: number, sentenceFirst: number, sentenceEnd: number): Pairing | null {
  const tokens = doc.tokens;
  const from = labelledPhrase(tokens, count.firstToken, count.endToken, sentenceFirst);
  if (from === null) return null;
  const noun = readCountedNoun(tokens, from, to);
  if (noun.notPeople || noun.head === null) return null;
  const trigger = triggerInNoun(tokens, from, noun, count.firstToken) ?? movingNoun(triggerAfter(tokens, noun.end, to, sentenceEnd), noun.group.noun);
  if (!trigger) return null;
  return paired(doc, count, noun, trigger, 'noun', 'claims/find-listed:label', 0.7);
}

/** "707 casualties have arrived" at a hospital: the wounded and the dead are not displaced. */
function movingNoun(after: TriggerMatch | null, noun: string): TriggerMatch | null {
  return after && after.entry.kind === 'displaced' && HURT_OR_DEAD_NOUNS.has(noun) ? null : after;
}

/** "50,000 refugees arrived in Moldova": a population noun whose verb says they moved is a flow. */
function movedAfterAll(inNoun: TriggerMatch, after: TriggerMatch | null): boolean {
  return !!after && !!inNoun.entry.stock && after.entry.kind === inNoun.entry.kind;
}
