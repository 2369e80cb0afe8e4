import { monthSpan } from './calendar.js';
import type { ChronoHit, DateParts } from './chrono.js';
import { lastWord } from './clause.js';

/**
 * chrono's four parsers of dates with a month's name and its weekday parser, by their own
 * patterns (taken from chrono at load time, so they cannot drift from it): "12 February 2022",
 * "Dec. 22", "September 2018", "2019 December", "on Tuesday".
 */
export interface MonthNamePatterns {
  readonly littleEndian: RegExp;
  readonly middleEndian: RegExp;
  /** The middle-endian parser's option: "May 12" without a year is no date when the day has two digits. */
  readonly skipYearLikeDay: boolean;
  readonly yearMonth: RegExp;
  readonly monthOnly: RegExp;
  readonly weekday: RegExp;
  /** The test chrono-parsers.ts runs before chrono's weekday parser: without it the parser finds nothing. */
  readonly weekdayGate: RegExp;
}

/** A result in the making: where it is, what it states (null: chrono's reading is not followed here, or a weekday alone). */
interface Raw {
  readonly index: number;
  readonly text: string;
  readonly parts: MonthDay | null;
  /** The last day of a range in one month ("1 to 5 February"). */
  readonly end?: MonthDay;
  /** A weekday alone ("on Monday"): no calendar date unless chrono joins it to the date after it. */
  readonly weekday?: true;
}

/** What a scan gives where chrono's reading would need more than this file does. */
const DECLINE = null;

/**
 * chrono's calendar dates of a sentence whose only dates are named months, read without chrono's
 * machinery, or null where chrono must read it. A chrono call costs about 15 µs alone and 20 to
 * 40 µs between other work; this about 4 µs, nearly half of it chrono's own patterns. Each pattern
 * is scanned as chrono scans it and its groups read as chrono's parsers read them; chrono's
 * refiners are followed where they cannot change the result, and anything else (a day's ordinal
 * word, a BC year, "end of", an invalid day, a year after a date without one, two dates joined
 * by "to", numeric or slash dates) is left to chrono. A test checks that both agree wherever
 * this reads a sentence.
 */
export function monthNameDates(sentence: string, referenceDate: Date, patterns: MonthNamePatterns): ChronoHit[] | null {
  const reference = yearsAround(referenceDate);
  const results = refinedResults(sentence, reference, patterns);
  if (results === DECLINE) return null;
  const hits: ChronoHit[] = [];
  for (const result of results) {
    // chrono.ts reads a date ending in ", 46" again without the count, as chrono reads that text alone
    const cut = COUNT_AFTER_COMMA.exec(result.text);
    let r = result;
    if (cut) {
      const again = refinedResults(result.text.slice(0, cut.index), reference, patterns);
      if (again === DECLINE) return null;
      if (again[0]?.index === 0) r = { ...again[0], index: result.index };
    }
    if (r.parts !== null && /[A-Z0-9]/.test(r.text)) hits.push({ index: r.index, text: r.text, start: r.parts, end: r.end ?? null });
  }
  return hits;
}

/** What chrono.parse returns for a text, as far as this file follows it; null where it does not. */
function refinedResults(text: string, reference: ReferenceYears, patterns: MonthNamePatterns): Raw[] | null {
  if (OTHER_DATE_FORM.test(text)) return null;
  const found: Raw[] = [];
  // chrono's parsers in its order, results joined then sorted by where they start
  for (const scan of SCANS) {
    const results = scan(text, reference, patterns);
    if (results === DECLINE) return null;
    found.push(...results);
  }
  found.sort((a, b) => a.index - b.index);
  if (found.some((r) => endsInEndOf(text, r.index))) return null;
  const kept = withWeekdaysJoined(text, withoutOverlaps(found));
  for (let i = 0; i < kept.length; i++) {
    const r = kept[i] as Raw;
    if (r.weekday) continue;
    // a result this file cannot read counts only where it outlasts the others ("Dec. 22": the day, not a year 2022)
    if (r.parts === null || !isValidDay(r.parts) || (r.end && !isValidDay(r.end))) return null;
    // chrono would take a year written after the date into it
    if (!r.parts.yearCertain && DIGIT_AFTER.test(text.slice(r.index + r.text.length))) return null;
  }
  for (let i = 1; i < kept.length; i++) {
    const previous = kept[i - 1] as Raw;
    if (RANGE_BETWEEN.test(text.slice(previous.index + previous.text.length, (kept[i] as Raw).index))) return null;
  }
  return kept.filter((r) => isLikely(text, r));
}

// what chrono's other calendar parsers read: "12/22", "2019-12-22", "22.12.2019", "2019 Dec 22"
// (a decimal, "4.2 million", is none: chrono's slash parser wants a slash or a year)
const OTHER_DATE_FORM = /\d\/\d|\d[.-]\d{1,2}[.-]\d|\d{4}[-./\s](?:[a-z]{3,9}\.?|\d{1,2})[-./\s]\d/i;
const END_OF_PERIOD_BEFORE = /\b(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;
const END_OF_PERIOD_LAST_WORDS = new Set(['of', 'the']);
const DIGIT_AFTER = /^\s*\d/;
const RANGE_BETWEEN = /^\s*(?:to|-|–|until|through|till)\s*$/i;
const WEEKDAY_BEFORE_DATE = /^,?\s*$/;
// chrono.ts parses again a date that ends in ", 46"
const COUNT_AFTER_COMMA = /,\s*\d{1,3}$/;
const DAY_IN_DIGITS = /^(\d{1,2})(?:st|nd|rd|th)?$/i;
const FOUR_DIGIT_YEAR = /^[1-9]\d{3}$/;
const TWO_DIGITS = /^\d{2}$/;

type Scan = (sentence: string, reference: ReferenceYears, patterns: MonthNamePatterns) => Raw[] | null;

// the patterns below cost most where nothing they need is there: a day (digits, or an ordinal word
// ending in "st", "nd", "rd", "th") just before a month's name, a day just after it (the rest of
// the name is at most six letters, "sep|tember"; then digits not followed by more, or the first
// letters of an ordinal word: "twenty-", "third", "seventh", "fifth", "eighth", "ninth"), or a
// year (four digits, or an era)
const DAY_BEFORE_MONTH = /(?:\d|st|nd|rd|th)(?:[-/]|\s{0,3}(?:of)?\s{0,3})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const DAY_AFTER_MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[-/\s,]*(?:\d{1,2}(?!\d)|t[ehw]|s[ei]|f[io]|e[il]|ni)/i;
const YEAR_BEFORE_MONTH = /(?:\d{4}|\d\s{0,2}(?:be|ad|bce?|ce))\s*(?:[-./,]\s*|of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** "on 12 February 2022", "12th Feb": chrono's ENMonthNameLittleEndianParser. */
const scanLittleEndian: Scan = (sentence, reference, { littleEndian }) =>
  !DAY_BEFORE_MONTH.test(sentence) ? [] : scanLike(sentence, littleEndian, (index, text, m) => {
    const [dayText, dayTo, monthText, yearText] = [m[2], m[3], m[4], m[5]];
    const day = dayOf(dayText);
    // chrono skips a day over 31 by moving its search on: not followed here
    if (day !== null && day > 31) return DECLINE;
    return dated(index, text, day === null ? null : monthDay(reference, day, monthOf(monthText), yearText, true), dayTo);
  });

/** "Dec. 22", "February 12, 2022": chrono's ENMonthNameMiddleEndianParser. */
const scanMiddleEndian: Scan = (sentence, reference, { middleEndian, skipYearLikeDay }) =>
  !DAY_AFTER_MONTH.test(sentence) ? [] : scanLike(sentence, middleEndian, (index, text, m) => {
    const [monthText, dayText, dayTo, yearText] = [m[2], m[3], m[4], m[5]];
    const day = dayOf(dayText);
    if (day !== null && day > 31) return 'none';
    if (skipYearLikeDay && dayTo === undefined && yearText === undefined && TWO_DIGITS.test(dayText ?? '')) return 'none';
    return dated(index, text, day === null ? null : monthDay(reference, day, monthOf(monthText), yearText, true), dayTo);
  });

/** A day-month result, a range when it gives a last day ("12 to 15 February"): chrono's end is its start with that day. */
function dated(index: number, text: string, parts: MonthDay | null, dayTo: string | undefined): Raw {
  if (dayTo === undefined || parts === null) return { index, text, parts };
  const last = dayOf(dayTo);
  if (last === null) return { index, text, parts: null };
  return { index, text, parts, end: new StatedDate(last, parts.month, parts.year, true, parts.yearCertain) };
}

/** "on Monday", "Tuesday,": chrono's ENWeekdayParser, which chrono runs only where its gate passes. */
const scanWeekday: Scan = (sentence, _reference, { weekday, weekdayGate }) =>
  weekdayGate.test(sentence) ? scanLike(sentence, weekday, (index, text) => ({ index, text, parts: null, weekday: true })) : [];

/** "2019 December": chrono's ENYearMonthNameParser, rare in news; left to chrono. */
const scanYearMonth: Scan = (sentence, _reference, { yearMonth }) =>
  !YEAR_BEFORE_MONTH.test(sentence) ? [] : scanLike(sentence, yearMonth, (index, text) => ({ index, text, parts: null }));

const FULL_MONTH_NAME = /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;

/** "September 2018", "in June": chrono's ENMonthNameParser. */
const scanMonthOnly: Scan = (sentence, reference, { monthOnly }) =>
  scanLike(sentence, monthOnly, (index, text, m) => {
    const [prefix = '', monthText = '', yearText] = [m[2], m[3], m[4]];
    // "Mar", "Jan": an abbreviation alone is no date
    if (text.length <= 3 && !FULL_MONTH_NAME.test(monthText)) return 'none';
    const start = index + prefix.length;
    return { index: start, text: sentence.slice(start, index + text.length), parts: monthDay(reference, 1, monthOf(monthText), yearText, false) };
  });

// chrono's parsers of month names and weekdays, in chrono's order
const SCANS: readonly Scan[] = [scanLittleEndian, scanMiddleEndian, scanWeekday, scanYearMonth, scanMonthOnly];

/**
 * A pattern scanned as chrono's executeParser scans it: each search starts on the text after the
 * last result (where `^` matches again), or one character after a match that gave none.
 * `read` takes the match without its left boundary group; 'none' is a match that gives no date.
 */
function scanLike(
  sentence: string,
  pattern: RegExp,
  read: (index: number, text: string, match: RegExpExecArray) => Raw | null | 'none',
): Raw[] | null {
  const results: Raw[] = [];
  let offset = 0;
  for (let m = pattern.exec(sentence); m; m = pattern.exec(sentence.substring(offset))) {
    const header = m[1] ?? '';
    const index = offset + m.index + header.length;
    const raw = read(index, m[0].slice(header.length), m);
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

/** The date's parts; null for a year in another era ("300 BC"), left to chrono. */
function monthDay(reference: ReferenceYears, day: number, month: number, yearText: string | undefined, dayCertain: boolean): MonthDay | null {
  if (yearText === undefined) return new StatedDate(day, month, reference.closestYear(day, month), dayCertain, false);
  const year = yearOf(yearText);
  return year === null ? null : new StatedDate(day, month, year, dayCertain, true);
}

/** chrono's parseYear for plain years: "2019"; "46" is 2046 and "98" 1998. */
function yearOf(text: string): number | null {
  if (FOUR_DIGIT_YEAR.test(text)) return Number(text);
  if (!TWO_DIGITS.test(text)) return null;
  const year = Number(text);
  return year > 50 ? 1900 + year : 2000 + year;
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

// each key of chrono's month dictionary starts with its month's first three letters: those letters,
// lower-cased, as one number (a look-up that builds no string)
const MONTH_OF_LETTERS: ReadonlyMap<number, number> = new Map(
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((start, i) => [lettersKey(start), i + 1]),
);

function monthOf(text: string | undefined): number {
  return MONTH_OF_LETTERS.get(lettersKey(text ?? '')) ?? 0;
}

/** The first three characters, ASCII letters lower-cased (bit 0x20 set), as one number. */
function lettersKey(text: string): number {
  return ((text.charCodeAt(0) | 0x20) << 16) | ((text.charCodeAt(1) | 0x20) << 8) | (text.charCodeAt(2) | 0x20);
}

/**
 * The years chrono gives days without one, against one reference: a Date's local fields cost a
 * time-zone look-up each, and the reference is the same for a document's every sentence.
 */
class ReferenceYears {
  private readonly year: number;
  private readonly month: number;
  // by month * 32 + day: at most 372
  private readonly known = new Map<number, number>();

  constructor(readonly date: Date) {
    this.year = date.getFullYear();
    this.month = date.getMonth();
  }

  closestYear(day: number, month: number): number {
    // within four months of the reference's month, the reference's year, however chrono's steps
    // (see yearClosestTo) move the day (by under a month, where the reference's day is past the month's end)
    if (Math.abs(month - 1 - this.month) <= 4) return this.year;
    const key = month * 32 + day;
    let year = this.known.get(key);
    if (year === undefined) this.known.set(key, (year = yearClosestTo(this.date, day, month)));
    return year;
  }
}

// the last reference's years, for the next sentence against the same Date (chrono.ts keeps one a publication day)
let lastReference: ReferenceYears | null = null;

function yearsAround(date: Date): ReferenceYears {
  if (lastReference?.date !== date) lastReference = new ReferenceYears(date);
  return lastReference;
}

/** chrono's findYearClosestToRef, step for step: the year that puts the day nearest the reference. */
function yearClosestTo(reference: Date, day: number, month: number): number {
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

/** chrono's MergeWeekdayComponentRefiner: a weekday alone just before a day ("Tuesday, 21 May") joins it. */
function withWeekdaysJoined(text: string, results: readonly Raw[]): Raw[] {
  const joined: Raw[] = [];
  let current = results[0];
  if (!current) return joined;
  for (let i = 1; i < results.length; i++) {
    const next = results[i] as Raw;
    const between = text.substring(current.index + current.text.length, next.index);
    // a date this file cannot read may be joined too: what is joined is then not read either
    const dayCertain = next.parts === null ? !next.weekday : next.parts.dayCertain;
    if (current.weekday && dayCertain && WEEKDAY_BEFORE_DATE.test(between)) {
      current = { index: current.index, text: current.text + between + next.text, parts: next.parts, ...(next.end ? { end: next.end } : {}) };
    } else {
      joined.push(current);
      current = next;
    }
  }
  joined.push(current);
  return joined;
}

/** chrono's UnlikelyFormatFilter drops a day its month lacks ("30 February"). */
function isValidDay({ day, month, year }: MonthDay): boolean {
  const [first, last] = monthSpan(year, month);
  return day >= 1 && day <= last - first + 1;
}

/**
 * chrono's ENEndOfPeriodRefiner reads "the end of April" as the month's last day: left to chrono.
 * The pattern, anchored at the end, is tried only where the text's last word is one it ends in.
 */
function endsInEndOf(text: string, at: number): boolean {
  return END_OF_PERIOD_LAST_WORDS.has(lastWord(text, false, at)) && END_OF_PERIOD_BEFORE.test(text.slice(0, at));
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
  for (let i = 1; i < results.length; i++) {
    const r = results[i] as Raw;
    if (r.index >= previous.index + previous.text.length) {
      kept.push(previous);
      previous = r;
    } else if (r.text.length > previous.text.length) previous = r;
  }
  kept.push(previous);
  return kept;
}
