import { EVENT_NOUNS } from '../data/dates/words.js';
import { readMention, sentenceText, speaksOfAttack, type DateContext } from './context.js';
import { unanchored, type Expression } from './expression.js';
import { wordTest } from './words.js';

const speaksOfWar = wordTest([...EVENT_NOUNS, 'invasion', 'fighting']);
const found = new WeakMap<DateContext, Expression>();

/**
 * The day the article's attack, disaster or war began, as it states it: the earliest single
 * day it gives in a sentence about one ("the quake struck on Feb. 6"). Statements' dates do not
 * count. Unknown (an open start) when no such day is given.
 */
export function eventStart(ctx: DateContext): Expression {
  const known = found.get(ctx);
  if (known) return known;
  let earliest: Expression = { kind: 'calendar', range: unanchored('day'), clip: false };
  let earliestDay = Infinity;
  ctx.doc.sentences.forEach((_, s) => {
    const text = sentenceText(ctx, s);
    if (!speaksOfAttack(text) && !speaksOfWar(text)) return;
    for (const mention of ctx.mentions(s)) {
      if (mention.role === 'report' || mention.expression.kind !== 'calendar') continue;
      const { first, last } = readMention(ctx, mention).range;
      if (first !== null && first === last && first < earliestDay) [earliest, earliestDay] = [mention.expression, first];
    }
  });
  found.set(ctx, earliest);
  return earliest;
}
