import type { Token } from '../document/index.js';
import { AGE_BEFORE, FRACTIONS, HYPHEN_UNITS, LABEL_BEFORE, RATIO_LINKS, TIME_AFTER } from '../data/counts/non-counts.js';
import { MONTHS } from '../data/counts/number-words.js';
import { continuesDate } from './skip-dates.js';

const YEAR = /^(1[89]\d\d|20\d\d|21\d\d)$/;
const ISO_DATE = /^\d{4}-\d\d/;

/**
 * Numbers that are dates, years, money, percentages, times, ages, shares, ratios, labels or
 * phone numbers, never a head count: "Dec. 22", "in 2011", "$5", "10%", "10:30", "aged 12",
 * "45-year-old", "two-thirds", "one in five", "No. 5", "0800 555 0199".
 */
export function isNonCount(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token) return true;
  if (end === i + 1 && isYear(token.lower)) return true;
  if (token.lower.includes(':') || token.type === 'time' || isIsoDate(token.lower)) return true;
  return isMarkedBefore(tokens, i) || isMarkedAfter(tokens, end) || continuesDate(tokens, i, end) || isRatio(tokens, i, end) || isDigitRun(tokens, i, end);
}

// the lengths first: each figure is tested, and most are no year and no date
function isYear(word: string): boolean {
  return word.length === 4 && YEAR.test(word);
}

/** "2023-10-07" */
function isIsoDate(word: string): boolean {
  return word.length >= 7 && ISO_DATE.test(word);
}

/** "$5", "Dec. 22", "aged 12", "No. 5" */
function isMarkedBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  return prev.type === 'currency' || MONTHS.has(prev.lower) || AGE_BEFORE.has(prev.lower) || LABEL_BEFORE.has(prev.lower) || prev.lower === '#';
}

/** "10%", "40 percent", "22 December", "10 a.m.", "45-year-old", "two-thirds" */
function isMarkedAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.lower;
  if (next === undefined) return false;
  if (next === '%' || next === 'percent' || next === 'per' || MONTHS.has(next) || isTimeAfter(tokens, end)) return true;
  // "10 : 30" is a time; "370,000: estimated new arrivals" is a key-figures line
  if (next === ':') return tokens[end + 1]?.type !== 'word';
  if (FRACTIONS.has(next)) return true;
  if (next === '-' && tokens[end]?.start === tokens[end - 1]?.end) return HYPHEN_UNITS.has(tokens[end + 1]?.lower ?? '') || FRACTIONS.has(tokens[end + 1]?.lower ?? '');
  return next === 'years' && tokens[end + 1]?.lower === 'old';
}

/** "10 a.m.", "1400 local time" — but "two local officials" is a figure. */
function isTimeAfter(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end]?.lower ?? '';
  if (next === 'local') return tokens[end + 1]?.lower === 'time';
  return TIME_AFTER.has(next);
}

/** "one in five", "three out of four": both figures of a ratio. */
function isRatio(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[end]?.lower ?? '';
  const after = next === 'out' && tokens[end + 1]?.lower === 'of' ? tokens[end + 2] : RATIO_LINKS.has(next) ? tokens[end + 1] : undefined;
  if (after && isSmallNumber(after)) return true;
  const link = tokens[i - 1]?.lower ?? '';
  const before = link === 'of' && tokens[i - 2]?.lower === 'out' ? tokens[i - 3] : link === 'in' ? tokens[i - 2] : undefined;
  return !!before && isSmallNumber(before) && end === i + 1;
}

const RATIO_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);

function isSmallNumber(token: Token): boolean {
  return RATIO_WORDS.has(token.lower) || (/^\d{1,3}$/.test(token.lower) && !isYear(token.lower));
}

/** "0800 555 0199", "+44 20 7946 0000": numbers in a row, no figure among them. */
function isDigitRun(tokens: readonly Token[], i: number, end: number): boolean {
  const next = tokens[end];
  const prev = tokens[i - 1];
  return (next?.type === 'number' && /^\+?\d+$/.test(next.lower)) || (prev?.type === 'number' && /^\+?\d+$/.test(prev.lower));
}
