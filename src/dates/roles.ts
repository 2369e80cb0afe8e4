import { EVENT_NOUNS, EVENT_VERBS, LASTING_EVENTS, REPORT_FILLERS, REPORT_VERBS, START_VERBS } from '../data/dates/words.js';
import type { Expression, Part } from './expression.js';
import type { Found } from './phrases.js';
import { clauseOf, lastWord } from './clause.js';
import { wordClasses, wordsOf, type Word } from './words.js';

/**
 * What a date does in its sentence:
 * - `span`: it dates what the sentence counts ("fled this month", "since September 2018");
 * - `report`: it dates the telling ("Anadolu Agency reported on Dec. 22", "said on Thursday");
 * - `event`: it dates some other event, and dates no figure ("a deal reached in September 2018");
 * - `start`: it dates the start of a lasting event ("the war that erupted in April", "the Feb. 6
 *   earthquake"): a toll in its sentence counts from it, and it is the start of the article's event.
 */
export type Role = 'span' | 'report' | 'event' | 'start';

export interface Placed extends Found {
  readonly role: Role;
}

const PART_BEFORE = /\b(early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)[\s-]*$/i;
// the last words of the patterns anchored at the end of the text before a date
const PART_LAST_WORDS = new Set(['early', 'mid', 'late', 'of']);
const UNTIL_LAST_WORDS = new Set(['of', 'at', 'until', 'till', 'to', 'through', 'by', 'midnight', 'on']);
const SINCE = /\bsince\b/gi;
const MAX_WORDS_AFTER_SINCE = 14;
const FILLERS = new Set(REPORT_FILLERS);
const REPORTING = new Set(REPORT_VERBS);
const EVENT_VERB_WORDS = new Set(EVENT_VERBS.map((v) => v.split(' ').pop() ?? v));
const EVENT_NOUN_WORDS = new Set(EVENT_NOUNS);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'of', 'during']);
const EVENT_NOUN_REACH = 3;
// "as of 1 April", "to midnight on 24 March", "up to 16 March", "by Thursday": the end of a span
const UNTIL_BEFORE = /\b(?:as\s+(?:of|at)|until|till|up\s+(?:to|until)|through|to|by)\s+(?:midnight\s+(?:on\s+)?)?$/i;
const REPORT_VERB_MAX_WORDS = 8;
// the words of a clause that tell an event's start, read in one pass
const BEGINS = 1;
const LASTING = 2;
const OTHER_EVENT = 4;
const eventWordsOf = wordClasses([START_VERBS, LASTING_EVENTS, EVENT_NOUNS.filter((n) => !LASTING_EVENTS.includes(n))]);

/** Reads the words before a date: "early"/"mid"/"late", "since ...", a reporting verb, an event. */
export function placeInSentence(sentence: string, found: Found, previousEnd: number): Placed {
  const { end, expression } = found;
  if (isDateline(sentence, found)) return placed(sentence, found.start, end, expression, 'report');
  const before = sentence.slice(previousEnd, found.start);
  const part = PART_LAST_WORDS.has(lastWord(before, true)) ? PART_BEFORE.exec(before) : null;
  const start = part ? previousEnd + part.index : found.start;
  const dated = part ? partOf(part[1] ?? '', expression) : expression;
  const clause = clauseOf(sentence.slice(previousEnd, start));
  const clauseStart = previousEnd + clause.offset;
  const since = lastMatch(SINCE, clause.text);
  if (since && wordCount(clause.text.slice(since.index)) <= MAX_WORDS_AFTER_SINCE) {
    return placed(sentence, clauseStart + since.index, end, { kind: 'since', from: dated }, 'span');
  }
  if (namesLastingEvent(sentence, start, end, dated)) return placed(sentence, start, end, dated, 'start');
  const cutoff = UNTIL_LAST_WORDS.has(lastWord(clause.text)) ? UNTIL_BEFORE.exec(clause.text) : null;
  if (cutoff) return placed(sentence, clauseStart + cutoff.index, end, { kind: 'until', to: dated }, 'span');
  const clauseWords = wordsOf(clause.text);
  const verb = lastReportingVerb(clauseWords);
  if (verb && isPoint(expression) && onlyFillers(clause.text.slice(verb.end))) {
    return placed(sentence, clauseStart + verb.start, end, dated, 'report');
  }
  if (isPoint(expression) && opensReport(clause.text, sentence.slice(end))) return placed(sentence, start, end, dated, 'report');
  if (startsEvent(clause.text, eventWordsOf(clauseWords.map((w) => w.lower)), expression)) return placed(sentence, start, end, dated, 'start');
  return placed(sentence, start, end, dated, datesAnEvent(clauseWords, clause.text) ? 'event' : 'span');
}

function lastReportingVerb(words: readonly Word[]): Word | undefined {
  for (let i = words.length - 1; i >= 0; i--) if (REPORTING.has(words[i]?.lower ?? '')) return words[i];
  return undefined;
}

// "On 22 June, the UN estimated that ...": a date opening the clause of a statement dates the statement
const OPENING_WORDS = new Set(['', 'on', 'in', 'early on', 'late on']);
const OPENING_MAX_LENGTH = Math.max(...[...OPENING_WORDS].map((w) => w.length));
const COMMA_AFTER = /^\s*,/;

function opensReport(clauseBefore: string, after: string): boolean {
  // lower-casing never shortens a text: a longer clause is not lower-cased to be looked up
  const opening = clauseBefore.trim();
  if (opening.length > OPENING_MAX_LENGTH || !OPENING_WORDS.has(opening.toLowerCase()) || !COMMA_AFTER.test(after)) return false;
  const words = wordsOf(after.slice(0, 80));
  const verb = words.findIndex((w) => REPORTING.has(w.lower));
  return verb >= 0 && verb <= 5 && words.slice(0, verb).every((w) => FILLERS.has(w.lower) || /^[A-Z]/.test(w.text));
}

/** "the floods, which began ... in mid-June", "the war that erupted in April"; not "talks began on". */
function startsEvent(clause: string, eventWords: number, e: Expression): boolean {
  const begins = (eventWords & BEGINS) !== 0;
  if (e.kind === 'calendar' && e.range.precision === 'year' && !begins) return false;
  const launched = (eventWords & LASTING) !== 0 && /\blaunched\b/i.test(clause);
  return (begins || launched) && (eventWords & OTHER_EVENT) === 0;
}

// "the Feb. 6 earthquake", "last week's earthquakes", "the earthquakes of 6 February"
const LASTING_AFTER = /^(?:'s|’s)?\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:earthquakes?|quakes?|floods?|flooding|invasion|offensive|storm|cyclone|hurricane|typhoon|tsunami|disaster|violence|exodus|crackdown)\b/;
const LASTING_BEFORE = /\b(?:earthquakes?|quakes?|floods?|flooding|invasion|offensive|storm|cyclone|hurricane|typhoon|tsunami|disaster|violence|exodus|crackdown)\s+of\s+$/i;

const NAMED_DAYS: ReadonlySet<Expression['kind']> = new Set(['calendar', 'part', 'weekday', 'last', 'offset']);

/** A day naming a lasting event; a year does not ("the 1939 earthquake, which killed 33,000" is that year's toll). */
function namesLastingEvent(sentence: string, start: number, end: number, e: Expression): boolean {
  if (!NAMED_DAYS.has(e.kind) || (e.kind === 'calendar' && e.range.precision === 'year')) return false;
  if (LASTING_AFTER.test(sentence.slice(end))) return true;
  const before = sentence.slice(0, start);
  return lastWord(before) === 'of' && LASTING_BEFORE.test(before);
}

// "GENEVA, 5 April 2022 - ...", "LVIV, Ukraine, March 14 (wire) - ...": when the story was filed
const DATELINE_BEFORE = /^\s*[A-Z][A-Za-z .'-]*(?:,\s*[A-Z][A-Za-z .'-]*)*,\s*$/;
const DATELINE_AFTER = /^\s*(?:\([^)]*\)\s*)?[-:]/;

const DATELINE_MAX_START = 60;

function isDateline(sentence: string, found: Found): boolean {
  if (found.start > DATELINE_MAX_START) return false;
  return DATELINE_BEFORE.test(sentence.slice(0, found.start)) && DATELINE_AFTER.test(sentence.slice(found.end));
}

function partOf(words: string, of: Expression): Expression {
  const w = words.toLowerCase();
  const part: Part = w.includes('start') || w.includes('beginning') ? 'start' : w.includes('end') ? 'end' : w.includes('mid') ? 'mid' : w.startsWith('early') ? 'early' : 'late';
  return { kind: 'part', part, of };
}

function lastMatch(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m;
  return last;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** "a deal reached in", "the ceasefire agreed on", "a deal in", "the war in Syria in". */
function datesAnEvent(words: readonly Word[], clause: string): boolean {
  const preposition = words[words.length - 1];
  if (!preposition || !DATE_PREPOSITIONS.has(preposition.lower) || clause.slice(preposition.end).trim() !== '') return false;
  const verb = words[words.length - 2];
  if (verb && EVENT_VERB_WORDS.has(verb.lower)) return true;
  return words.slice(-2 - EVENT_NOUN_REACH, -1).some((w) => EVENT_NOUN_WORDS.has(w.lower));
}

/** "said on Twitter on", "told Anadolu Agency on": names and a few small words, no verb. */
function onlyFillers(between: string): boolean {
  const ws = between.split(/\s+/).filter(Boolean);
  return ws.length <= REPORT_VERB_MAX_WORDS && ws.every((w) => FILLERS.has(w.toLowerCase()) || /^[A-Z]/.test(w));
}

/** A day, a weekday or a month can date a statement ("reported in January"); a span ("in the past two days") cannot. */
function isPoint(e: Expression): boolean {
  if (e.kind === 'offset' || e.kind === 'weekday') return true;
  if (e.kind === 'this') return e.unit === 'week';
  if (e.kind !== 'calendar') return false;
  return e.range.precision === 'month' || (e.range.precision === 'day' && e.range.first === e.range.last);
}

function placed(sentence: string, start: number, end: number, expression: Expression, role: Role): Placed {
  return { start, end, text: sentence.slice(start, end), expression, role };
}
