import type { DateBound } from './types.js';

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Math.round(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

/** Whether a date lies within a day of a bound (a date, or anywhere in an [earliest, latest] pair). */
export function withinADay(date: string | null, bound: DateBound | null): boolean {
  if (date === null || bound === null) return date === bound;
  const day = dayNumber(date);
  const [earliest, latest] = typeof bound === 'string' ? [bound, bound] : bound;
  return day >= dayNumber(earliest) - 1 && day <= dayNumber(latest) + 1;
}
