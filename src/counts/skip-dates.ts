import type { Token } from '../document/index.js';
import { MONTHS } from '../data/counts/number-words.js';

const DAY_LINKS = new Set(['and', 'to', '-', 'until', 'through']);
const DAY = /^\d{1,2}$/;

// the length first: every figure is tested, and most are no day of a month
function isDay(word: string): boolean {
  return word.length <= 2 && DAY.test(word);
}

/** "December 12 and 25", "12 to 25 December": a day after or before a day of a month. */
export function continuesDate(tokens: readonly Token[], i: number, end: number): boolean {
  return dayAfterDay(tokens, i, end) || dayBeforeDay(tokens, i, end);
}

/** "12" in "12 to 25 December" */
function dayBeforeDay(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  if (!token || end !== i + 1 || !isDay(token.lower)) return false;
  return DAY_LINKS.has(tokens[end]?.lower ?? '') && isDay(tokens[end + 1]?.lower ?? '') && MONTHS.has(tokens[end + 2]?.lower ?? '');
}

/** "25" in "December 12 and 25" or "12 and 25 December" */
function dayAfterDay(tokens: readonly Token[], i: number, end: number): boolean {
  const token = tokens[i];
  const before = tokens[i - 2];
  if (!token || end !== i + 1 || !isDay(token.lower)) return false;
  if (!DAY_LINKS.has(tokens[i - 1]?.lower ?? '') || !before || !isDay(before.lower)) return false;
  return MONTHS.has(tokens[i - 3]?.lower ?? '') || MONTHS.has(tokens[end]?.lower ?? '');
}
