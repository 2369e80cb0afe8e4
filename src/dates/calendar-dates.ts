import { dayOf, monthSpan, ymd, type Day } from './calendar.js';
import type { ChronoHit, DateParts } from './chrono.js';
import { unanchored, type Expression, type Range } from './expression.js';
import type { Found } from './phrases.js';

/** chrono's dates as expressions, with the ranges it cuts short joined up again. */
export function calendarDates(sentence: string, hits: readonly ChronoHit[], published: Day | null): Found[] {
  const found: Found[] = [];
  for (const hit of hits) {
    const range = toRange(hit.start, hit.end, published);
    const previous = found[found.length - 1];
    if (previous && joinsRange(sentence, previous, hit)) {
      found[found.length - 1] = joined(sentence, previous, hit.index + hit.text.length, range);
    } else {
      found.push(withDayRange(sentence, { start: hit.index, end: hit.index + hit.text.length, text: hit.text, expression: calendar(range, hit.start) }));
    }
  }
  return found;
}

function calendar(range: Range, start: DateParts): Expression {
  return { kind: 'calendar', range, clip: !start.isCertain('day') };
}

/** The days a chrono result states; a year it left out is the publication's nearest, or unknown. */
function toRange(start: DateParts, end: DateParts | null, published: Day | null): Range {
  const from = daysOf(start, published, null);
  const to = end ? daysOf(end, published, start) : from;
  const precision = start.isCertain('day') ? 'day' : 'month';
  if (!from || !to) return unanchored(precision);
  return { first: from[0], last: Math.max(from[0], to[1]), precision, anchored: true };
}

function daysOf(c: DateParts, published: Day | null, startOfRange: DateParts | null): [Day, Day] | null {
  const year = yearOf(c, published, startOfRange);
  const month = c.get('month') ?? 1;
  if (year === null) return null;
  if (!c.isCertain('day')) return monthSpan(year, month);
  const day = dayOf(year, month, c.get('day') ?? 1);
  return [day, day];
}

/** "Dec. 12" published 2020-01-03 → 2019 (chrono's nearest year); "in November" → the last November begun. */
function yearOf(c: DateParts, published: Day | null, startOfRange: DateParts | null): number | null {
  if (c.isCertain('year')) return c.get('year');
  if (startOfRange?.isCertain('year')) return c.get('year');
  if (published === null) return null;
  if (c.isCertain('day')) return pastUnlessNear(c, published);
  const { year, month } = ymd(published);
  return (c.get('month') ?? 1) <= month ? year : year - 1;
}

// a day up to a week after publication may be a plan ("talks on January 5"); later, it is last year's
const FUTURE_DAYS_ALLOWED = 7;

/** chrono takes the year that puts a day nearest the reference; news tells of the past. */
function pastUnlessNear(c: DateParts, published: Day): number | null {
  const year = c.get('year');
  if (year === null) return null;
  const day = dayOf(year, c.get('month') ?? 1, c.get('day') ?? 1);
  return day > published + FUTURE_DAYS_ALLOWED ? year - 1 : year;
}

// "between December 28 and January 3": chrono returns two dates
const CONNECTOR = /^\s*(?:and|to|until|till|through|-)\s*$/i;

function joinsRange(sentence: string, previous: Found, hit: ChronoHit): boolean {
  const between = sentence.slice(previous.end, hit.index);
  if (!CONNECTOR.test(between)) return false;
  return !/^\s*and\s*$/i.test(between) || /\bbetween\s+$/i.test(sentence.slice(0, previous.start));
}

function joined(sentence: string, previous: Found, end: number, range: Range): Found {
  const e = previous.expression;
  const first = e.kind === 'calendar' ? e.range.first : null;
  const merged: Range = { ...range, first, last: first === null ? null : range.last, anchored: first !== null && range.anchored };
  return withRangeWord(sentence, { start: previous.start, end, text: sentence.slice(previous.start, end), expression: { kind: 'calendar', range: merged, clip: false } });
}

// "between December 12 and 25" → chrono stops at "December 12"; "between 12 and 25 December" at "25 December"
const DAY_AFTER = /^\s*(?:and|to|until|till|through|-)\s*(\d{1,2})(?:st|nd|rd|th)?\b/i;
const DAY_BEFORE = /\b(?:between|from)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|to|until|-)\s*$/i;
// "and 25 people", "and 25,000": a count, not a day
const WORD_AFTER_DAY = /^\s*(?:[,.]?\d|%|([a-z]+))/;
const WORDS_AFTER_A_DAY = new Set(['and', 'in', 'at', 'on', 'when', 'as', 'after', 'amid', 'during', 'according', 'while', 'with', 'from', 'across', 'the', 'of', 'this', 'last']);

function endsDayRange(rest: string): boolean {
  const next = WORD_AFTER_DAY.exec(rest);
  if (!next) return true;
  return next[1] !== undefined && WORDS_AFTER_A_DAY.has(next[1]);
}

const RANGE_WORD_BEFORE = /\b(?:between|from)\s+$/i;

/** "between December 12 and 25": the range keeps its first word. */
function withRangeWord(sentence: string, found: Found): Found {
  const word = RANGE_WORD_BEFORE.exec(sentence.slice(0, found.start));
  return word ? { ...found, start: word.index, text: sentence.slice(word.index, found.end) } : found;
}

function withDayRange(sentence: string, found: Found): Found {
  const e = found.expression;
  if (e.kind !== 'calendar' || e.range.precision !== 'day') return found;
  const after = DAY_AFTER.exec(sentence.slice(found.end));
  if (after && e.range.first !== null && endsDayRange(sentence.slice(found.end + after[0].length))) {
    const last = e.range.first - ymd(e.range.first).date + Number(after[1]);
    const end = found.end + after[0].length;
    if (last > e.range.first) return withRangeWord(sentence, { ...found, end, text: sentence.slice(found.start, end), expression: { ...e, range: { ...e.range, last } } });
  }
  const before = DAY_BEFORE.exec(sentence.slice(0, found.start));
  if (before && e.range.last !== null) {
    const first = e.range.last - ymd(e.range.last).date + Number(before[1]);
    const start = before.index;
    if (first < e.range.last) return { ...found, start, text: sentence.slice(start, found.end), expression: { ...e, range: { ...e.range, first } } };
  }
  return e.range.first !== e.range.last ? withRangeWord(sentence, found) : found;
}
