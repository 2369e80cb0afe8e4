import type { ChronoHit, DateParts } from './chrono.js';

/**
 * chrono's four parsers of dates with a month's name, by their own patterns (taken from chrono at
 * load time, so they cannot drift from it): "12 February 2022", "Dec. 22", "September 2018".
 */
export interface MonthNamePatterns {
  readonly littleEndian: RegExp;
  readonly middleEndian: RegExp;
  /** The middle-endian parser's option: "May 12" without a year is no date when the day has two digits. */
  readonly skipYearLikeDay: boolean;
  readonly yearMonth: RegExp;
  readonly monthOnly: RegExp;
}

/** A result in the making: where it is, what it states (null: chrono's reading is not followed here). */
interface Raw {
  readonly index: number;
  readonly text: string;
  readonly parts: MonthDay | null;
  /** The last day of a range in one month ("1 to 5 February"). */
  readonly end?: MonthDay;
}

/** What a scan gives where chrono's reading would need more than this file does. */
const DECLINE = null;

/**
 * chrono's calendar dates of a sentence whose only dates are named months, read without chrono's
 * machinery, or null where chrono must read it. A chrono call costs about 15 µs alone and 20 to
 * 40 µs between other work; this about 6 µs, a third of it chrono's own patterns. Each pattern is scanned as chrono scans it and its
 * groups read as chrono's parsers read them; chrono's refiners are followed where they cannot
 * change the result, and anything else (ranges, a day's ordinal word, a two-digit or BC year,
 * "end of", an invalid day, a year after a date without one) is left to chrono. A test checks
 * that both agree wherever this reads a sentence.
 */
export function monthNameDates(sentence: string, reference: Date, patterns: MonthNamePatterns): ChronoHit[] | null {
  if (OTHER_DATE_FORM.test(sentence)) return null;
  const found: Raw[] = [];
  // chrono's parsers in its order, results joined then sorted by where they start
  for (const scan of [scanLittleEndian, scanMiddleEndian, scanYearMonth, scanMonthOnly]) {
    const results = scan(sentence, reference, patterns);
    if (results === DECLINE) return null;
    found.push(...results);
  }
  found.sort((a, b) => a.index - b.index);
  if (found.some((r) => END_OF_PERIOD_BEFORE.test(sentence.slice(0, r.index)))) return null;
  if (weekdayNear(sentence, found)) return null;
  const kept = withoutOverlaps(found);
  const hits: ChronoHit[] = [];
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i] as Raw;
    // a result this file cannot read counts only where it outlasts the others ("Dec. 22": the day, not the year 2022)
    if (r.parts === null || !isValidDay(r.parts) || (r.end && !isValidDay(r.end))) return null;
    // chrono would take a year written after the date into it
    if (!r.parts.yearCertain && DIGIT_AFTER.test(sentence.slice(r.index + r.text.length))) return null;
    const next = kept[i + 1];
    if (next && RANGE_BETWEEN.test(sentence.slice(r.index + r.text.length, next.index))) return null;
    if (COUNT_AFTER_COMMA.test(r.text)) return null;
    if (isLikely(sentence, r) && /[A-Z0-9]/.test(r.text)) hits.push({ index: r.index, text: r.text, start: r.parts, end: r.end ?? null });
  }
  return hits;
}

// what chrono's other calendar parsers read: "12/22", "2019-12-22", "22.12.2019", "2019 Dec 22"
// (a decimal, "4.2 million", is none: chrono's slash parser wants a slash or a year)
const OTHER_DATE_FORM = /\d\/\d|\d[.-]\d{1,2}[.-]\d|\d{4}[-./\s](?:[a-z]{3,9}\.?|\d{1,2})[-./\s]\d/i;
// a weekday as chrono's weekday parser may find it: at a word's start, or after "on", "last"...
const WEEKDAY = /(?:^|[^a-z0-9_]|on|this|last|past|next)(?:sun|mon(?!th[^i])|tue|wed|thu|fri|sat|weekend|weekday)/i;
// further than this from a weekday, a date is not joined to it ("Tuesday, 21 May") nor overlapped
const WEEKDAY_REACH = 40;
const END_OF_PERIOD_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const DIGIT_AFTER = /^\s*\d/;
const RANGE_BETWEEN = /^\s*(?:to|-|–|until|through|till)\s*$/i;
// chrono.ts parses again a date that ends in ", 46"
const COUNT_AFTER_COMMA = /,\s*\d{1,3}$/;
const DAY_IN_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const PLAIN_YEAR = /^[1-9]\d{3}$/;

type Scan = (sentence: string, reference: Date, patterns: MonthNamePatterns) => Raw[] | null;

/** "on 12 February 2022", "12th Feb": chrono's ENMonthNameLittleEndianParser. */
const scanLittleEndian: Scan = (sentence, reference, { littleEndian }) =>
  scanLike(sentence, littleEndian, (index, text, [dayText, dayTo, monthText, yearText]) => {
    const day = dayOf(dayText);
    // chrono skips a day over 31 by moving its search on: not followed here
    if (day !== null && day > 31) return DECLINE;
    return dated(index, text, day === null ? null : monthDay(reference, day, monthOf(monthText), yearText, true), dayTo);
  });

/** "Dec. 22", "February 12, 2022": chrono's ENMonthNameMiddleEndianParser. */
const scanMiddleEndian: Scan = (sentence, reference, { middleEndian, skipYearLikeDay }) =>
  scanLike(sentence, middleEndian, (index, text, [monthText, dayText, dayTo, yearText]) => {
    const day = dayOf(dayText);
    if (day !== null && day > 31) return 'none';
    if (skipYearLikeDay && dayTo === undefined && yearText === undefined && /^\d{2}$/.test(dayText ?? '')) return 'none';
    return dated(index, text, day === null ? null : monthDay(reference, day, monthOf(monthText), yearText, true), dayTo);
  });

/** A day-month result, a range when it gives a last day ("12 to 15 February"): chrono's end is its start with that day. */
function dated(index: number, text: string, parts: MonthDay | null, dayTo: string | undefined): Raw {
  if (dayTo === undefined || parts === null) return { index, text, parts };
  const last = dayOf(dayTo);
  if (last === null) return { index, text, parts: null };
  return { index, text, parts, end: new StatedDate(last, parts.month, parts.year, true, parts.yearCertain) };
}

/** "2019 December": chrono's ENYearMonthNameParser, rare in news; left to chrono. */
const scanYearMonth: Scan = (sentence, _reference, { yearMonth }) => scanLike(sentence, yearMonth, (index, text) => ({ index, text, parts: null }));

const FULL_MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "September 2018", "in June": chrono's ENMonthNameParser. */
const scanMonthOnly: Scan = (sentence, reference, { monthOnly }) =>
  scanLike(sentence, monthOnly, (index, text, [prefix = '', monthText = '', yearText]) => {
    // "Mar", "Jan": an abbreviation alone is no date
    if (text.length <= 3 && !FULL_MONTH_NAME.test(monthText)) return 'none';
    const start = index + prefix.length;
    return { index: start, text: sentence.slice(start, index + text.length), parts: monthDay(reference, 1, monthOf(monthText), yearText, false) };
  });

/**
 * A pattern scanned as chrono's executeParser scans it: each search starts on the text after the
 * last result (where `^` matches again), or one character after a match that gave none.
 * `read` takes the match without its left boundary group; 'none' is a match that gives no date.
 */
function scanLike(
  sentence: string,
  pattern: RegExp,
  read: (index: number, text: string, groups: (string | undefined)[]) => Raw | null | 'none',
): Raw[] | null {
  const results: Raw[] = [];
  let offset = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence.substring(offset))) {
    const header = m[1] ?? '';
    const index = offset + m.index + header.length;
    const raw = read(index, m[0].slice(header.length), m.slice(2));
    if (raw === DECLINE) return DECLINE;
    if (raw === 'none') {
      offset = index + 1;
      continue;
    }
    results.push(raw);
    offset = raw.index + raw.text.length;
  }
  return results;
}

/** A day and month with their year, stated or (as chrono implies it) the nearest to the reference. */
interface MonthDay extends DateParts {
  readonly day: number;
  readonly month: number;
  readonly year: number;
  readonly dayCertain: boolean;
  readonly yearCertain: boolean;
}

/** The date's parts; null for a year other than four plain digits ("46", "300 BC"), left to chrono. */
function monthDay(reference: Date, day: number, month: number, yearText: string | undefined, dayCertain: boolean): MonthDay | null {
  if (yearText === undefined) return new StatedDate(day, month, yearClosestTo(reference, day, month), dayCertain, false);
  return PLAIN_YEAR.test(yearText) ? new StatedDate(day, month, Number(yearText), dayCertain, true) : null;
}

class StatedDate implements MonthDay {
  constructor(
    readonly day: number,
    readonly month: number,
    readonly year: number,
    readonly dayCertain: boolean,
    readonly yearCertain: boolean,
  ) {}

  isCertain(component: 'day' | 'month' | 'year'): boolean {
    return component === 'month' || (component === 'day' ? this.dayCertain : this.yearCertain);
  }

  get(component: 'day' | 'month' | 'year'): number {
    return component === 'day' ? this.day : component === 'month' ? this.month : this.year;
  }
}

/** The day in digits ("12", "1st"); null for a day in words ("first"). */
function dayOf(text: string | undefined): number | null {
  const digits = DAY_IN_DIGITS.exec(text ?? '');
  return digits ? Number(digits[1]) : null;
}

const MONTH_STARTS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Every key of chrono's month dictionary starts with its month's first three letters. */
function monthOf(text: string | undefined): number {
  return MONTH_STARTS.indexOf((text ?? '').slice(0, 3).toLowerCase()) + 1;
}

/** chrono's findYearClosestToRef: the year that puts the day nearest the reference. */
function yearClosestTo(reference: Date, day: number, month: number): number {
  // within four months of the reference's month, the reference's year, however chrono's steps
  // below move the day (by under a month, where the reference's day is past the month's end)
  if (Math.abs(month - 1 - reference.getMonth()) <= 4) return reference.getFullYear();
  let date = new Date(reference);
  date.setMonth(month - 1);
  date.setDate(day);
  const next = new Date(date);
  next.setFullYear(next.getFullYear() + 1);
  const last = new Date(date);
  last.setFullYear(last.getFullYear() - 1);
  const gap = (d: Date): number => Math.abs(d.getTime() - reference.getTime());
  if (gap(next) < gap(date)) date = next;
  else if (gap(last) < gap(date)) date = last;
  return date.getFullYear();
}

/**
 * Whether a weekday is near a date. chrono reads a weekday alone as no calendar date (chrono.ts
 * drops it), but joins it to a date beside it, or to one after "to", or keeps the longer where
 * they overlap.
 */
function weekdayNear(sentence: string, found: readonly Raw[]): boolean {
  // a window may start inside a word, where the pattern's "^" finds more than chrono would: no harm
  return found.some((r) => WEEKDAY.test(sentence.slice(Math.max(0, r.index - WEEKDAY_REACH), r.index + r.text.length + WEEKDAY_REACH)));
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** chrono's UnlikelyFormatFilter drops a day its month lacks ("30 February"). */
function isValidDay({ day, month, year }: MonthDay): boolean {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day >= 1 && day <= (month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0));
}

/** chrono's ENUnlikelyFormatFilter: "May" alone is the verb unless "in May", or the whole text. */
function isLikely(sentence: string, r: Raw): boolean {
  const text = r.text.trim();
  if (text === sentence.trim() || text.toLowerCase() !== 'may') return true;
  return /\b(in)$/i.test(sentence.substring(0, r.index).trim());
}

/** chrono's OverlapRemovalRefiner: of two overlapping results the longer stays, the first on a tie. */
function withoutOverlaps(results: readonly Raw[]): Raw[] {
  const kept: Raw[] = [];
  let previous = results[0];
  if (!previous) return kept;
  for (const r of results.slice(1)) {
    if (r.index >= previous.index + previous.text.length) {
      kept.push(previous);
      previous = r;
    } else if (r.text.length > previous.text.length) previous = r;
  }
  kept.push(previous);
  return kept;
}
