import type { Chrono, Parser } from 'chrono-node';

type ChronoModule = typeof import('chrono-node/en');

/**
 * Parsers of chrono's casual English configuration that can match only text with a given
 * word, and that word's test. Without it a parser's pattern cannot match, so skipping it leaves
 * chrono's results unchanged. The time-unit parsers' patterns ("three days and two hours ago")
 * are so large that V8 takes ~115 ms to compile them on the second parse, on every cold start;
 * the weekday parser runs on every dated sentence.
 */
const NEEDED_WORDS: Readonly<Record<string, RegExp>> = {
  // a count, a unit and the word after: "2 days ago", "a week before", "few years earlier"
  ENTimeUnitAgoFormatParser:
    /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,5}(?:quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins|days?|sec|min|hrs|mon|mos|qtr|hr|mo|yr|[smhdwy])\s{0,5}(?:ago|before|earlier)(?=\W|$)/i,
  // "two weeks later", "3 days after", "a month from now"
  ENTimeUnitLaterFormatParser:
    /(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|an?|few|several|the|couple|of)\s{0,5}(?:quarters?|seconds?|minutes?|months?|hours?|weeks?|years?|mins|days?|sec|min|hrs|mon|mos|qtr|hr|mo|yr|[smhdwy])\s{0,5}(?:later|after|from now|henceforth|forward|out)(?=\W|$)/i,
  // "Monday", "Tue.", "this weekend"
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
};

/** The names of the parsers gated above, for a test that they are still in chrono's configuration. */
export const GATED_PARSERS: readonly string[] = Object.keys(NEEDED_WORDS);

// a pattern that matches nothing, for a parser whose needed words are absent
const NOTHING = /$^/;

/** chrono's casual English parser, with each gated parser run only on text that has its words. */
export function gatedCasualChrono(en: ChronoModule): Chrono {
  const configuration = en.configuration.createCasualConfiguration();
  return new en.Chrono({ ...configuration, parsers: configuration.parsers.map(gated) });
}

function gated(parser: Parser): Parser {
  const needed = NEEDED_WORDS[parser.constructor.name];
  if (!needed) return parser;
  return {
    pattern: (context) => (needed.test(context.text) ? parser.pattern(context) : NOTHING),
    extract: (context, match) => parser.extract(context, match),
  };
}
