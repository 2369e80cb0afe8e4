import { NUMBER_WORDS, UNIT_WORDS, WEEKDAYS } from '../data/dates/words.js';
import { yearSpan } from './calendar.js';
import { Cue, cuesOf } from './cues.js';
import type { Expression, Unit } from './expression.js';

/** A date expression found in a sentence; offsets are relative to the sentence. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly expression: Expression;
}

interface PhraseRule {
  /**
   * The cue words the pattern cannot match without, most lacking in most sentences: one of each
   * group (`Cue` flags, or-ed) must be in the sentence. They are found for all rules in one scan.
   */
  readonly cues: readonly number[];
  /**
   * A test the sentence must pass for the pattern to match, where the cues alone often pass
   * ("of the" after "day"): the patterns, tried at every position, cost most.
   */
  readonly needs?: RegExp;
  readonly pattern: RegExp;
  /** The expression, or null when the match is no date after all. */
  readonly read: (m: RegExpExecArray) => Expression | null;
  /** The date is the first group alone, the words before it only its cue ("in 2019" → "2019"). */
  readonly onlyGroup?: boolean;
}

// The patterns are literals so that they can be audited for backtracking. NUM must list every
// key of NUMBER_WORDS (a test checks it): (\d{1,3}|a couple of|a few|seventeen|...|a)
const { HOUR, DAY, WEEK, MONTH, YEAR, PAST, LAST, AGO, THIS, FORWARD, EDGE, EVENT_EDGE, CASUAL, WEEKDAY, YEAR_NUMBER } = Cue;
const ANY_UNIT = HOUR | DAY | WEEK | MONTH | YEAR;

/** The relative expressions chrono reads poorly, in the order they are tried; earlier wins. */
const RULES: readonly PhraseRule[] = [
  // "Last week on Tuesday", "on Tuesday last week": that weekday in the week before the reference's
  {
    cues: [LAST, WEEK, WEEKDAY],
    needs: /[Ll]ast\s+week/,
    pattern: /\b(?:[Ll]ast\s+week\s+on\s+(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|(?:[Oo]n\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\s+last\s+week)\b/g,
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf((m[1] ?? m[2]) as (typeof WEEKDAYS)[number]), lastWeek: true }),
  },
  // "one month of war", "in more than three months of fighting": since the war began
  {
    cues: [DAY | WEEK | MONTH | YEAR],
    needs: /(?:day|week|month|year)s?\s+of\s/i,
    pattern: /\b(?:(?:in|after|over)\s+)?(?:(?:more|less|fewer)\s+than\s+|over\s+|nearly\s+|almost\s+|just\s+|about\s+)?(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+(days?|weeks?|months?|years?)\s+of\s+(?:the\s+)?(?:war|fighting|conflict|violence|hostilities|invasion|offensive|bombardment)\b/gi,
    read: (m) => toEvent(m[1], m[2], 'always'),
  },
  // "in the first six days after the attacks", "in the month after", "over three days from 30 August"
  {
    cues: [DAY | WEEK | MONTH | YEAR, FORWARD],
    needs: /(?:day|week|month|year)s?\s+(?:after|following|from)\b/i,
    pattern: /\b(?:in|during|over|within|for)\s+(?:the\s+)?(?:first\s+)?(?:(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+)?(days?|weeks?|months?|years?)\s+(?:after|following|from)\b/gi,
    read: (m) => forward(m[1], m[2]),
  },
  // "the start of the attack", "the day of the attacks": the day the article's event began
  {
    cues: [EVENT_EDGE],
    needs: /\sof\s+the\s/i,
    pattern: /\b(?:the\s+)?(?:(?:very\s+)?(?:start|beginning|outbreak|onset)|(?:very\s+)?(?:day|night|morning|afternoon|evening))\s+of\s+the\s+(?:war|attacks?|invasion|offensive|conflict|fighting|earthquakes?|quakes?|floods?|flooding|storm|crisis|violence|hostilities|strikes?|explosions?|bombing)\b/gi,
    read: () => ({ kind: 'eventDay' }),
  },
  // "in the past two days", "over the past 72 hours", "the last week"; bare "last week" is the calendar week
  {
    cues: [PAST, ANY_UNIT],
    pattern: /\b(?:(?:in|over|during|within|for|throughout)\s+)?(the\s+)?(past|last|previous|preceding)\s+(?:(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+)?(hours?|days?|weeks?|months?|years?)\b/gi,
    read: pastOrLast,
  },
  // "in less than two weeks", "within 48 hours", "in just three days"
  {
    cues: [HOUR | DAY | WEEK | MONTH],
    pattern: /\b(?:in|(within))\s+((?:less|fewer)\s+than\s+|under\s+|just\s+|only\s+|barely\s+|the\s+space\s+of\s+)?(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+(hours?|days?|weeks?|months?)\b/gi,
    read: withinDuration,
  },
  {
    cues: [AGO, ANY_UNIT],
    pattern: /\b(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+(hours?|days?|weeks?|months?|years?)\s+ago\b/gi,
    read: (m) => duration('ago', m[1], m[2]),
  },
  // "this month", "so far this year", "this year so far"
  { cues: [THIS, WEEK | MONTH | YEAR], pattern: /\b(?:so\s+far\s+)?this\s+(week|month|year)(?:\s+so\s+far)?\b/gi, read: (m) => ({ kind: 'this', unit: unitOf(m[1]) }) },
  // "the start of the year", "the beginning of this month"
  { cues: [EDGE, WEEK | MONTH | YEAR], needs: /\sof\s+th(?:e|is)\s/i, pattern: /\b(?:the\s+)?(start|beginning|middle|end)\s+of\s+(?:the|this)\s+(week|month|year)\b/gi, read: startOf },
  { cues: [CASUAL], pattern: /\b(yesterday|today|tonight|overnight|last\s+night)\b/gi, read: (m) => casual(m[1]) },
  // weekdays are capitalised: "on Thursday", "On Sunday", "last Friday"
  {
    cues: [WEEKDAY],
    pattern: /\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+past\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!s)/g,
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]) }),
  },
  // "the 1939 Erzincan earthquake", "the 2010 floods": a year naming an event
  {
    cues: [YEAR_NUMBER],
    needs: /[Tt]he\s+(?:19|20)\d\d/,
    pattern: /\b[Tt]he\s+((?:19|20)\d\d)(?=\s+[A-Z]|\s+(?:war|earthquakes?|quakes?|floods?|elections?|famine|crisis|uprising|revolution|conflict|offensive|massacre|attacks?|tsunami|cyclone|hurricane)\b)/g,
    read: (m) => year(Number(m[1])),
    onlyGroup: true,
  },
  // bare years, which chrono misses: "in 2019", "since 2011", "mid-2018", "the start of 2019"
  {
    cues: [YEAR_NUMBER],
    pattern: /\b(?:in|since|during|throughout|from|of|by|until|before|after|early|mid|late)[\s-]{1,3}((?:19|20)\d\d)\b(?![,.]?\d|\s*%)/gi,
    read: (m) => year(Number(m[1])),
    onlyGroup: true,
  },
];

/** Every relative expression and bare year in a sentence, earlier rules winning overlaps. */
export function findPhrases(sentence: string): Found[] {
  const found: Found[] = [];
  const cues = cuesOf(sentence);
  for (const rule of RULES) {
    if (!holdsAll(cues, rule.cues) || rule.needs?.test(sentence) === false) continue;
    rule.pattern.lastIndex = 0;
    for (let m = rule.pattern.exec(sentence); m; m = rule.pattern.exec(sentence)) {
      const start = rule.onlyGroup && m[1] ? m.index + m[0].length - m[1].length : m.index;
      const end = m.index + m[0].length;
      const expression = rule.read(m);
      if (expression && !found.some((f) => f.start < end && start < f.end)) found.push({ start, end, text: sentence.slice(start, end), expression });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Whether the cues hold one of each group. */
function holdsAll(cues: number, groups: readonly number[]): boolean {
  for (const group of groups) if ((cues & group) === 0) return false;
  return true;
}

function pastOrLast(m: RegExpExecArray): Expression | null {
  const [, the, word, amount, unitWord] = m;
  const unit = unitWord ? UNIT_WORDS[unitWord.toLowerCase()] : undefined;
  if (!unit) return null;
  const calendarUnit = !the && !amount && word?.toLowerCase() !== 'past';
  if (calendarUnit) return unit === 'hour' ? null : { kind: 'last', unit: unit === 'day' ? 'day' : unit };
  return duration('back', amount ?? 'one', unitWord);
}

/**
 * "in less than two weeks" reaches back to the event when it began inside them; "crossed in one
 * day" tells how fast, not when, and is no span.
 */
function withinDuration(m: RegExpExecArray): Expression | null {
  const [, within, bound, amount, unit] = m;
  const back = duration('back', amount, unit);
  if (!back || back.kind !== 'back') return null;
  if (!within && !bound && back.amount === 1 && back.unit === 'day') return null;
  const upperBound = bound !== undefined && /^(?:less|fewer|under|just|only|barely)/i.test(bound);
  return upperBound ? { kind: 'toEvent', unit: back.unit, amount: back.amount, snap: 'within' } : back;
}

function toEvent(amountWord: string | undefined, unitWord: string | undefined, snap: 'within' | 'always'): Expression | null {
  const back = duration('back', amountWord, unitWord);
  return back && back.kind === 'back' ? { kind: 'toEvent', unit: back.unit, amount: back.amount, snap } : null;
}

/** "in the first six days after ...": the date it counts from is joined in later (see join.ts). */
function forward(amountWord: string | undefined, unitWord: string | undefined): Expression | null {
  const span = duration('back', amountWord ?? 'one', unitWord);
  return span && span.kind === 'back' ? { kind: 'after', unit: span.unit, amount: span.amount, from: null } : null;
}

function duration(kind: 'back' | 'ago', amountWord: string | undefined, unitWord: string | undefined): Expression | null {
  const unit = unitWord ? UNIT_WORDS[unitWord.toLowerCase()] : undefined;
  const amount = amountOf(amountWord);
  if (!unit || amount === null) return null;
  // "72 hours" → three days
  if (unit === 'hour') return { kind, unit: 'day', amount: Math.max(1, Math.ceil(amount / 24)) };
  return { kind, unit, amount };
}

function amountOf(word: string | undefined): number | null {
  if (!word) return null;
  if (/^\d+$/.test(word)) return Number(word);
  return NUMBER_WORDS[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

function unitOf(word: string | undefined): Unit {
  const unit = UNIT_WORDS[(word ?? '').toLowerCase()];
  return unit === undefined || unit === 'hour' ? 'day' : unit;
}

function startOf(m: RegExpExecArray): Expression {
  const edge = (m[1] ?? '').toLowerCase();
  const part = edge === 'middle' ? 'mid' : edge === 'end' ? 'end' : 'start';
  return { kind: 'part', part, of: { kind: 'this', unit: unitOf(m[2]) } };
}

function casual(word: string | undefined): Expression {
  const w = (word ?? '').toLowerCase().replace(/\s+/g, ' ');
  if (w === 'today' || w === 'tonight') return { kind: 'offset', first: 0, last: 0 };
  if (w === 'overnight') return { kind: 'offset', first: -1, last: 0 };
  return { kind: 'offset', first: -1, last: -1 };
}

function year(value: number): Expression {
  const [first, last] = yearSpan(value);
  return { kind: 'calendar', range: { first, last, precision: 'year', anchored: true }, clip: true };
}
