import type { Token } from '../document/index.js';
import { MONTHS } from '../data/counts/number-words.js';

const YEAR = /^(1[89]\d\d|20\d\d|21\d\d)$/;

/**
 * Numbers that are dates, years, money, percentages or times, never a head count:
 * "Dec. 22", "22 December", "December 12 and 25", "in 2011", "$5", "10%", "10:30".
 */
export function isNonCount(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token) return true;
  const prev = tokens[i - 1];
  const next = tokens[end];
  if (prev && (prev.type === 'currency' || MONTHS.has(prev.lower))) return true;
  if (next && (next.lower === '%' || next.lower === 'percent' || next.lower === 'per' || MONTHS.has(next.lower) || next.lower === ':')) return true;
  if (end === i + 1 && YEAR.test(token.lower)) return true;
  if (token.lower.includes(':') || /^\d{4}-\d\d/.test(token.lower)) return true;
  return continuesDate(tokens, i, end);
}

/** "December 12 and 25", "12 to 25 December": a day after a day. */
function continuesDate(tokens: readonly Token[], i: number, end: number): boolean {
  return dayAfterDay(tokens, i, end) || dayBeforeDay(tokens, i, end);
}

const DAY_LINKS = new Set(['and', 'to', '-', 'until', 'through']);

/** "12" in "12 to 25 December" */
function dayBeforeDay(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token || end !== i + 1 || !/^\d{1,2}$/.test(token.lower)) return false;
  return DAY_LINKS.has(tokens[end]?.lower ?? '') && /^\d{1,2}$/.test(tokens[end + 1]?.lower ?? '') && MONTHS.has(tokens[end + 2]?.lower ?? '');
}

function dayAfterDay(tokens: readonly Token[], i: number, end: number): boolean {
  const link = tokens[i - 1]?.lower;
  const before = tokens[i - 2];
  const token = tokens[i];
  if (!token || end !== i + 1 || !/^\d{1,2}$/.test(token.lower)) return false;
  if (!DAY_LINKS.has(link ?? '')) return false;
  if (!before || !/^\d{1,2}$/.test(before.lower)) {
    return false;
  }
  return MONTHS.has(tokens[i - 3]?.lower ?? '') || MONTHS.has(tokens[end]?.lower ?? '');
}
