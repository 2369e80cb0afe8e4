import type { Doc } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';
import { spanOf, type Pairing } from './build-candidate.js';
import { triggerOfTotal } from './find-total.js';
import { triggerAfter, triggerBefore, triggerInNoun } from './find-trigger.js';
import type { TriggerMatch } from './match-trigger.js';
import { HURT_OR_DEAD_NOUNS } from '../data/claims/groups.js';
import { readCountedNoun } from './read-noun.js';

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
  const groupSpan = noun.head === null ? null : spanOf(doc, noun.head, noun.head + 1);
  const base = { count, group: noun.group, groupSpan };
  const bareAdjective = noun.head === count.endToken && BARE_ADJECTIVES.has(tokens[noun.head]?.lower ?? '');
  const inNoun = bareAdjective ? null : triggerInNoun(tokens, count.endToken, noun, count.firstToken);
  const after = movingNoun(triggerAfter(tokens, bareAdjective ? count.endToken : noun.end, to, bounds.endToken), noun.group.noun);
  if (inNoun && !movedAfterAll(inNoun, after)) return { ...base, trigger: inNoun, position: 'noun', rule: 'claims/pair-count:noun', confidence: 0.85 };
  if (after) return { ...base, trigger: after, position: 'after', rule: 'claims/pair-count:after', confidence: 0.9 };
  const before = triggerBefore(tokens, count.firstToken, bounds.firstToken);
  if (before) return { ...base, trigger: before, position: 'before', rule: 'claims/pair-count:before', confidence: 0.8 };
  const total = triggerOfTotal(tokens, count.firstToken, bounds.firstToken);
  if (total) return { ...base, trigger: total, position: 'before', rule: 'claims/find-total', confidence: 0.75 };
  return null;
}

/** "707 casualties have arrived" at a hospital: the wounded and the dead are not displaced. */
function movingNoun(after: TriggerMatch | null, noun: string): TriggerMatch | null {
  return after && after.entry.kind === 'displaced' && HURT_OR_DEAD_NOUNS.has(noun) ? null : after;
}

/** "50,000 refugees arrived in Moldova": a population noun whose verb says they moved is a flow. */
function movedAfterAll(inNoun: TriggerMatch, after: TriggerMatch | null): boolean {
  return !!after && !!inNoun.entry.stock && after.entry.kind === inNoun.entry.kind;
}
