import type { Candidate } from '../claims/types.js';
import { perSentence, readMention, sentenceText, spansOf, speaksOfAttack, speaksOfAttackOrDead, type DateContext } from './context.js';
import { isShortDay, type Reading } from './period.js';
import { isRunningTotal } from './sentence-tests.js';

const ATTACK_LOOKBACK = 3;

/**
 * A death with no date of its own takes the day of the attack the passage is about: back
 * through sentences that speak of attacks or their dead, to the first that dates one ("The air
 * attacks ... on Dec. 22 ...", "... struck Talmenes ...", "three people were killed in Talmenes").
 * A passage that dates none under a live blog's day heading took place that day.
 */
export function attackReading(ctx: DateContext, c: Candidate): Reading | null {
  if (c.kind === 'displaced' || isRunningTotal(ctx, c.sentence)) return null;
  if (perSentence(ctx, 'new-event', c.sentence, () => NEW_EVENT.test(sentenceText(ctx, c.sentence)))) return null;
  const heading = ctx.headings[c.sentence];
  // whether the passage speaks of an attack counts only under a heading
  let attack = heading ? speaksOfAttack(ctx, c.sentence) : false;
  for (let s = c.sentence - 1; s >= 0 && s >= c.sentence - ATTACK_LOOKBACK; s--) {
    if (!speaksOfAttackOrDead(ctx, s)) break;
    const dated = spansOf(ctx, s).find((r) => isShortDay(r));
    if (dated) return dated;
    attack ||= speaksOfAttack(ctx, s);
  }
  return heading && attack ? readMention(ctx, heading) : null;
}

// "In another town, two soldiers were killed.": not the attack told before
const NEW_EVENT = /^\W*(?:in\s+(?:another|a\s+separate)\b|elsewhere\b|separately\b)/i;

