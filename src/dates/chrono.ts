import { createRequire } from 'node:module';
import type { Chrono, ParsedResult } from 'chrono-node';
import { ymd, type Day } from './calendar.js';
import { calendarChrono, monthNamePatterns } from './chrono-parsers.js';
import { monthNameDates, type MonthNamePatterns } from './month-dates.js';

/** What calendar-dates.ts reads of a date chrono found: chrono's ParsedComponents has it. */
export interface DateParts {
  isCertain(component: 'day' | 'month' | 'year'): boolean;
  get(component: 'day' | 'month' | 'year'): number | null;
}

/** A calendar date chrono found, sentence-relative, with what it stated apart from what it implied. */
export interface ChronoHit {
  readonly index: number;
  readonly text: string;
  readonly start: DateParts;
  readonly end: DateParts | null;
}

let chrono: Chrono | null = null;
// undefined: not loaded yet; null: not used, as the installed chrono-node reads a probe otherwise
let monthNames: MonthNamePatterns | null | undefined;

// chrono guesses a year against a reference; without a publication date any mid-year day will
// do, because every guessed year is thrown away (see calendar-dates.ts)
const NO_REFERENCE = new Date(2000, 5, 15, 12);

/**
 * chrono's absolute calendar dates in one sentence ("Dec. 22", "September 2018", "1 to 29
 * December"). Its relative readings ("last week", "past two days", weekdays) are left to
 * phrases.ts: chrono dates them forward or to a single day, and we need spans from a reference
 * that can move.
 */
export function chronoDates(sentence: string, published: Day | null): ChronoHit[] {
  const reference = referenceDate(published);
  // most dated sentences name a month and nothing else chrono reads: read as chrono would, without it
  const patterns = loadMonthNames();
  return (patterns && monthNameDates(sentence, reference, patterns)) ?? chronoReading(sentence, reference);
}

/** chrono's own reading of a sentence's calendar dates. */
export function chronoReading(sentence: string, reference: Date): ChronoHit[] {
  return loadChrono()
    .parse(sentence, reference)
    .map((r) => withoutCountAsYear(r, reference))
    .filter(({ result }) => isCalendarDate(result))
    .map(({ result, index }) => ({ index, text: result.text, start: result.start, end: result.end ?? null }));
}

// "on 30 August, 46 people were killed": chrono reads the count as the year 2046
const COUNT_AFTER_COMMA = /,\s*\d{1,3}$/;

function withoutCountAsYear(result: ParsedResult, reference: Date): { result: ParsedResult; index: number } {
  const cut = COUNT_AFTER_COMMA.exec(result.text);
  const [again] = cut ? loadChrono().parse(result.text.slice(0, cut.index), reference) : [];
  return { result: again && again.index === 0 ? again : result, index: result.index };
}

function isCalendarDate(result: ParsedResult): boolean {
  // "may" and "march" are verbs when written in lower case
  return result.start.isCertain('month') && /[A-Z0-9]/.test(result.text);
}

/**
 * chrono reads the reference's local calendar fields: give it noon of the publication day. The
 * same Date serves every sentence of a publication day (making one costs a time-zone look-up).
 */
function referenceDate(published: Day | null): Date {
  if (published === null) return NO_REFERENCE;
  if (lastReference?.published !== published) {
    const { year, month, date } = ymd(published);
    lastReference = { published, date: new Date(year, month - 1, date, 12) };
  }
  return lastReference.date;
}

let lastReference: { readonly published: Day; readonly date: Date } | null = null;

// a sentence of each shape month-dates.ts reads
const PROBES = [
  'On 12 February 2022, 40 people died.',
  'By Dec. 22, 2019, some 235,000 had fled; 5,000 since 1st March.',
  'As of Sept 18 (local time), 12 Nov and May 5 2020 were the worst days.',
  'Since September 2018, in June, and on 3 January, 1,300 were killed.',
  'Between 1 and 29 December, 284,000 fled; from 12 to 15 February, more.',
  'On Tuesday 21 May, five died; on 30 August, 46 people were killed.',
];
const PROBE_REFERENCE = new Date(2019, 11, 23, 12);

/** Whether month-dates.ts reads a sentence as the installed chrono-node does, where it reads it. */
export function readsAsChrono(sentence: string, reference: Date, patterns: MonthNamePatterns): boolean {
  const plain = monthNameDates(sentence, reference, patterns);
  return plain === null || sameHits(plain, chronoReading(sentence, reference));
}

function sameHits(a: readonly ChronoHit[], b: readonly ChronoHit[]): boolean {
  const parts = (p: DateParts | null): string => (p ? COMPONENTS.map((c) => `${p.isCertain(c)}${p.get(c)}`).join() : '');
  const key = (hits: readonly ChronoHit[]): string => hits.map((h) => `${h.index}|${h.text}|${parts(h.start)}|${parts(h.end)}`).join('\n');
  return key(a) === key(b);
}

const COMPONENTS = ['day', 'month', 'year'] as const;

/** The month-name patterns, or null where the installed chrono-node lacks them or reads a probe otherwise than month-dates.ts (a later version). */
export function loadMonthNames(): MonthNamePatterns | null {
  if (monthNames === undefined) {
    const patterns = monthNamePatterns(createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en'));
    monthNames = patterns && PROBES.every((probe) => readsAsChrono(probe, PROBE_REFERENCE, patterns)) ? patterns : null;
  }
  return monthNames;
}

function loadChrono(): Chrono {
  // loaded on first use; chrono-node/en loads in a quarter of the time of the all-locales entry.
  // import.meta.url is shimmed in the CommonJS build (tsup `shims`)
  chrono ??= calendarChrono(createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en'));
  return chrono;
}
