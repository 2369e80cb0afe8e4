import type { Doc } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';
import { spanOf, type Pairing } from './build-candidate.js';
import { triggerAfter, triggerBefore, triggerInNoun } from './find-trigger.js';
import { readCountedNoun } from './read-noun.js';

/**
 * The trigger that makes a figure a claim, tried in order of reliability: inside the counted
 * phrase, right after it, then before the figure. Null when the figure counts things
 * ("15 villages") or nothing makes it a claim ("2.4 million locals").
 */
export function pairCount(doc: Doc, sentence: number, count: CountMatch, nextCountFirst: number): Pairing | null {
  const tokens = doc.tokens;
  const bounds = doc.sentences[sentence];
  if (!bounds) return null;
  const noun = readCountedNoun(tokens, count.endToken, Math.min(bounds.endToken, nextCountFirst));
  if (noun.notPeople) return null;
  const groupSpan = noun.head === null ? null : spanOf(doc, noun.head, noun.head + 1);
  const base = { count, group: noun.group, groupSpan };
  // "25,000 displaced": an adjective standing for its noun reads as the verb after the figure
  const bareAdjective = noun.head === count.endToken && tokens[noun.head]?.lower === 'displaced';
  const inNoun = bareAdjective ? null : triggerInNoun(tokens, count.endToken, noun, count.firstToken);
  if (inNoun) return { ...base, trigger: inNoun, position: 'noun', rule: 'claims/pair-count:noun', confidence: 0.85 };
  const after = triggerAfter(tokens, bareAdjective ? count.endToken : noun.end, Math.min(bounds.endToken, nextCountFirst));
  if (after) return { ...base, trigger: after, position: 'after', rule: 'claims/pair-count:after', confidence: 0.9 };
  const before = triggerBefore(tokens, count.firstToken, bounds.firstToken);
  if (before) return { ...base, trigger: before, position: 'before', rule: 'claims/pair-count:before', confidence: 0.8 };
  return null;
}
