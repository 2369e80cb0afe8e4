import type { Chrono, Parser } from 'chrono-node';
import type { MonthNamePatterns } from './month-dates.js';

type ChronoModule = typeof import('chrono-node/en');

/**
 * Parsers of chrono's casual English configuration that read only a time of day ("4 a.m.",
 * "midnight") or a date relative to the reference ("today", "two weeks later", "within days",
 * "last month", "the end of this month"). chrono.ts keeps calendar dates alone and phrases.ts
 * reads relative dates itself, so they are left out: they cost over half of chrono's time, most
 * of it in the time-of-day pattern, which matches every number. Without them "From 4 a.m. on 24
 * February" is read as "on 24 February", the same day.
 */
const NOT_CALENDAR_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeExpressionParser',
  'ENCasualTimeParser',
  'ENCasualDateParser',
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENRelativeDateFormatParser',
  'ENEndOfCurrentMonthParser',
]);

/**
 * Refiners with nothing left to refine: they join a relative date or a time of day to a date,
 * move a time by its time zone, or date forward (an option we never set); without the parsers
 * above, no result of theirs is found. Each runs over every result of every parse.
 */
const IDLE_REFINERS: ReadonlySet<string> = new Set([
  'ENMergeRelativeAfterDateRefiner',
  'ENMergeRelativeFollowByDateRefiner',
  'ENMergeDateTimeRefiner',
  'ExtractTimezoneOffsetRefiner',
  'ExtractTimezoneAbbrRefiner',
  'ForwardDateRefiner',
]);

/**
 * Parsers that can match only text with a given word or form, and its test. Without it a
 * parser's pattern cannot match, so skipping it leaves chrono's results unchanged: most dated
 * sentences give a month's name and no numeric date. The weekday parser stays because it joins a
 * weekday to its date ("Tuesday, 21 May"), but runs only beside a weekday.
 */
const NEEDED_WORDS: Readonly<Record<string, RegExp>> = {
  // "Monday", "Tue.", "this weekend"; not "month" ("Monthis week" would be one)
  ENWeekdayParser: /sun|mon(?!th[^i])|tue|wed|thu|fri|sat|weekend|weekday/i,
  // "2019-12-22", "2019/12/22", "2019 Dec 22"
  ENYearMonthDayParser: /\d{4}[-./\s]/,
  ISOFormatParser: /\d{4}-\d/,
  // "12/22/2019", "22.12.2019"
  SlashDateFormatParser: /\d[/.-]\d/,
  // "12/2019"
  ENSlashMonthFormatParser: /\d\/\d{4}/,
};

/** The names of the parsers left out or gated above, for a test that chrono still has them. */
export const NAMED_PARSERS: readonly string[] = [...NOT_CALENDAR_PARSERS, ...Object.keys(NEEDED_WORDS)];
/** The names of the refiners left out, likewise. */
export const NAMED_REFINERS: readonly string[] = [...IDLE_REFINERS];

// a pattern that matches nothing, for a parser whose needed words are absent
const NOTHING = /$^/;

/** chrono's casual English parser for calendar dates: without the parsers and refiners above, some gated. */
export function calendarChrono(en: ChronoModule): Chrono {
  const configuration = en.configuration.createCasualConfiguration();
  const parsers = configuration.parsers.filter((parser) => !NOT_CALENDAR_PARSERS.has(parser.constructor.name));
  const refiners = configuration.refiners.filter((refiner) => !IDLE_REFINERS.has(refiner.constructor.name));
  return new en.Chrono({ parsers: parsers.map(gated), refiners });
}

/**
 * The patterns of chrono's parsers of month names and weekdays (see month-dates.ts), from chrono
 * itself; null where chrono-node/en lacks one of them (a later version): chrono then reads all.
 */
export function monthNamePatterns(en: ChronoModule): MonthNamePatterns | null {
  const parsers = en.configuration.createCasualConfiguration().parsers;
  const find = (name: string): (Parser & { shouldSkipYearLikeDate?: boolean }) | undefined => parsers.find((p) => p.constructor.name === name);
  const [littleEndian, middleEndian, yearMonth, monthOnly, weekday] = MONTH_PARSERS.map(find);
  if (!littleEndian || !middleEndian || !yearMonth || !monthOnly || !weekday) return null;
  // these parsers' patterns do not depend on the context they are given
  const pattern = (parser: Parser): RegExp => parser.pattern({} as Parameters<Parser['pattern']>[0]);
  return {
    littleEndian: pattern(littleEndian),
    middleEndian: pattern(middleEndian),
    skipYearLikeDay: middleEndian.shouldSkipYearLikeDate === true,
    yearMonth: pattern(yearMonth),
    monthOnly: pattern(monthOnly),
    weekday: pattern(weekday),
    weekdayGate: NEEDED_WORDS.ENWeekdayParser as RegExp,
  };
}

const MONTH_PARSERS = ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthNameParser', 'ENMonthNameParser', 'ENWeekdayParser'];

function gated(parser: Parser): Parser {
  const needed = NEEDED_WORDS[parser.constructor.name];
  if (!needed) return parser;
  return {
    pattern: (context) => (needed.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}
