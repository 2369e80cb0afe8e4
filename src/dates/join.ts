import type { Expression } from './expression.js';
import type { Placed } from './roles.js';

// "between the end of April and early December 2019", "between Sunday and Thursday"
const AND_BETWEEN = /^\s*and\s+$/i;
// "From 4 a.m. on 24 February, when the attack began, to midnight on 24 March": the "to" opens the second
const CLAUSE_BETWEEN = /^\s*(?:,[^,;.]{0,120},\s*)?$/;
const RANGE_WORD_START = /^(between|from)\b/i;
// "from 4 a.m. on 24 February": chrono reads the day, not the hour before it
const RANGE_WORD_BEFORE = /\b(between|from)\s+(?:the\s+)?(?:(?:\d{1,2}(?:[.:]\d{2})?(?:\s?(?:a\.m\.|p\.m\.|am|pm|hrs))?|midnight|noon|dawn)\s+)?$/i;
// "in the month after the violence of 25 August", "over three days from 30 August"
const AFTER_GAP = /^[^,;.]{0,40}$/;

/**
 * Dates that read as one span only together: two bounds of a range the parsers found apart, and a
 * forward duration with the date it counts from. Offsets are sentence-relative.
 */
export function joinMentions(sentence: string, placed: readonly Placed[]): Placed[] {
  const joined: Placed[] = [];
  for (const next of placed) {
    const previous = joined[joined.length - 1];
    const both = previous ? (asRange(sentence, previous, next) ?? asForward(sentence, previous, next)) : null;
    if (both) joined[joined.length - 1] = both;
    else joined.push(next);
  }
  return joined;
}

function asRange(sentence: string, first: Placed, second: Placed): Placed | null {
  if (first.role === 'report' || second.role === 'report' || first.expression.kind === 'until') return null;
  const before = RANGE_WORD_BEFORE.exec(sentence.slice(0, first.start));
  const word = (RANGE_WORD_START.exec(first.text)?.[1] ?? before?.[1] ?? '').toLowerCase();
  // chrono keeps the comma of "From 1 May, when ..."
  const between = (first.text.endsWith(',') ? ',' : '') + sentence.slice(first.end, second.start);
  const closes = word === 'between' ? AND_BETWEEN.test(between) : word === 'from' && second.expression.kind === 'until' && CLAUSE_BETWEEN.test(between);
  if (!closes) return null;
  const to = second.expression.kind === 'until' ? second.expression.to : second.expression;
  const start = before ? before.index : first.start;
  return spanning(sentence, start, second.end, { kind: 'range', from: first.expression, to });
}

function asForward(sentence: string, duration: Placed, date: Placed): Placed | null {
  const e = duration.expression;
  if (e.kind !== 'after' || e.from !== null || date.role === 'report') return null;
  if (!AFTER_GAP.test(sentence.slice(duration.end, date.start))) return null;
  const from = date.expression.kind === 'until' ? date.expression.to : date.expression;
  return spanning(sentence, duration.start, date.end, { ...e, from });
}

function spanning(sentence: string, start: number, end: number, expression: Expression): Placed {
  return { start, end, text: sentence.slice(start, end), expression, role: 'span' };
}
