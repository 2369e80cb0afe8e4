import { NUMBER_WORDS, UNIT_WORDS, WEEKDAYS } from '../data/dates/words.js';
import { yearSpan } from './calendar.js';
import type { Expression, Unit } from './expression.js';

/** A date expression found in a sentence; offsets are relative to the sentence. */
export interface Found {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly expression: Expression;
}

interface PhraseRule {
  readonly pattern: RegExp;
  /** The expression, or null when the match is no date after all. */
  readonly read: (m: RegExpExecArray) => Expression | null;
  /** The date is the first group alone, the words before it only its cue ("in 2019" → "2019"). */
  readonly onlyGroup?: boolean;
}

// The patterns are literals so that they can be audited for backtracking. NUM must list every
// key of NUMBER_WORDS (a test checks it): (\d{1,3}|a couple of|a few|seventeen|...|a)
/** The relative expressions chrono reads poorly, in the order they are tried; earlier wins. */
const RULES: readonly PhraseRule[] = [
  // "in the past two days", "over the past 72 hours", "the last week"; bare "last week" is the calendar week
  {
    pattern: /\b(?:(?:in|over|during|within|for|throughout)\s+)?(the\s+)?(past|last|previous|preceding)\s+(?:(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+)?(hours?|days?|weeks?|months?|years?)\b/gi,
    read: pastOrLast,
  },
  // "in less than two weeks", "within 48 hours", "in just three days"
  {
    pattern: /\b(?:in|within)\s+(?:(?:less|fewer)\s+than\s+|under\s+|just\s+|only\s+|barely\s+|the\s+space\s+of\s+)?(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+(hours?|days?|weeks?|months?)\b/gi,
    read: (m) => duration('back', m[1], m[2]),
  },
  {
    pattern: /\b(\d{1,3}|a\s+couple\s+of|a\s+few|seventeen|thirteen|fourteen|eighteen|nineteen|fifteen|sixteen|several|eleven|twelve|twenty|thirty|ninety|three|seven|eight|forty|fifty|sixty|four|five|nine|one|two|six|ten|few|an|a)\s+(hours?|days?|weeks?|months?|years?)\s+ago\b/gi,
    read: (m) => duration('ago', m[1], m[2]),
  },
  // "this month", "so far this year", "this year so far"
  { pattern: /\b(?:so\s+far\s+)?this\s+(week|month|year)(?:\s+so\s+far)?\b/gi, read: (m) => ({ kind: 'this', unit: unitOf(m[1]) }) },
  // "the start of the year", "the beginning of this month"
  { pattern: /\b(?:the\s+)?(start|beginning|middle|end)\s+of\s+(?:the|this)\s+(week|month|year)\b/gi, read: startOf },
  { pattern: /\b(yesterday|today|tonight|overnight|last\s+night)\b/gi, read: (m) => casual(m[1]) },
  // weekdays are capitalised: "on Thursday", "On Sunday", "last Friday"
  {
    pattern: /\b(?:[Oo]n\s+|[Ll]ast\s+|[Tt]his\s+past\s+)?(Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b(?!s)/g,
    read: (m) => ({ kind: 'weekday', weekday: WEEKDAYS.indexOf(m[1] as (typeof WEEKDAYS)[number]) }),
  },
  // bare years, which chrono misses: "in 2019", "since 2011", "mid-2018", "the start of 2019"
  {
    pattern: /\b(?:in|since|during|throughout|from|of|by|until|before|after|early|mid|late)[\s-]{1,3}((?:19|20)\d\d)\b(?![,.]?\d|\s*%)/gi,
    read: (m) => year(Number(m[1])),
    onlyGroup: true,
  },
];

/** Every relative expression and bare year in a sentence, earlier rules winning overlaps. */
export function findPhrases(sentence: string): Found[] {
  const found: Found[] = [];
  for (const rule of RULES) {
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

function pastOrLast(m: RegExpExecArray): Expression | null {
  const [, the, word, amount, unitWord] = m;
  const unit = unitWord ? UNIT_WORDS[unitWord.toLowerCase()] : undefined;
  if (!unit) return null;
  const calendarUnit = !the && !amount && word?.toLowerCase() !== 'past';
  if (calendarUnit) return unit === 'hour' ? null : { kind: 'last', unit: unit === 'day' ? 'day' : unit };
  return duration('back', amount ?? 'one', unitWord);
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
