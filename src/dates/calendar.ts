/** Calendar days as whole numbers (days since 1970-01-01, UTC), so spans are plain arithmetic. */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(year: number, month: number, date: number): Day {
  return Math.floor(Date.UTC(year, month - 1, date) / MS_PER_DAY);
}

/** The calendar day a Date names, read in UTC ("2019-12-23" parses to UTC midnight). */
export function dayOfDate(date: Date): Day {
  return dayOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** "2019-12-23", written from the day's civil date: toISOString costs several times more. */
export function isoDay(day: Day): string {
  const [year, month, date] = civilDate(day);
  // toISOString writes a year outside 0-9999 in six digits ("+010000"), and throws on no date
  if (!(year >= 0 && year <= 9999)) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${date < 10 ? '0' : ''}${date}`;
}

/**
 * Year, month and date of a day by arithmetic on the proleptic Gregorian calendar, as Date reads
 * it in UTC, without making a Date (H. Hinnant's days-to-civil: eras of 400 years from 1 March 0).
 */
function civilDate(day: Day): [number, number, number] {
  const z = Math.floor(day) + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, date];
}

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly date: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

export function ymd(day: Day): YMD {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, date: d.getUTCDate(), weekday: d.getUTCDay() };
}

export function monthSpan(year: number, month: number): [Day, Day] {
  return [dayOf(year, month, 1), dayOf(year, month + 1, 1) - 1];
}

export function yearSpan(year: number): [Day, Day] {
  return [dayOf(year, 1, 1), dayOf(year + 1, 1, 1) - 1];
}

/** The same date `months` months away, kept inside a shorter month (Mar 31 - 1 month → Feb 28). */
export function addMonths(day: Day, months: number): Day {
  const { year, month, date } = ymd(day);
  const [, lastOfTarget] = monthSpan(year, month + months);
  return Math.min(dayOf(year, month + months, date), lastOfTarget);
}

/** The Monday of the week holding `day`. */
export function weekStart(day: Day): Day {
  return day - ((ymd(day).weekday + 6) % 7);
}

/** The latest day on or before `day` that falls on `weekday`: news means the past. */
export function weekdayOnOrBefore(day: Day, weekday: number): Day {
  return day - ((ymd(day).weekday - weekday + 7) % 7);
}
