import { createRequire } from 'node:module';
import type { Chrono, ParsedComponents, ParsedResult } from 'chrono-node';
import { ymd, type Day } from './calendar.js';
import { calendarChrono } from './chrono-parsers.js';

/** A calendar date chrono found, sentence-relative, with what it stated apart from what it implied. */
export interface ChronoHit {
  readonly index: number;
  readonly text: string;
  readonly start: ParsedComponents;
  readonly end: ParsedComponents | null;
}

let chrono: Chrono | null = null;

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

/** chrono reads the reference's local calendar fields: give it noon of the publication day. */
function referenceDate(published: Day | null): Date {
  if (published === null) return NO_REFERENCE;
  const { year, month, date } = ymd(published);
  return new Date(year, month - 1, date, 12);
}

function loadChrono(): Chrono {
  // loaded on first use; chrono-node/en loads in a quarter of the time of the all-locales entry.
  // import.meta.url is shimmed in the CommonJS build (tsup `shims`)
  chrono ??= calendarChrono(createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en'));
  return chrono;
}
