import { EVENT_NOUNS, EVENT_VERBS, REPORT_FILLERS, REPORT_VERBS } from '../data/dates/words.js';
import type { Expression, Part } from './expression.js';
import type { Found } from './phrases.js';
import { wordsOf, type Word } from './words.js';

/**
 * What a date does in its sentence:
 * - `span`: it dates what the sentence counts ("fled this month", "since September 2018");
 * - `report`: it dates the telling ("Anadolu Agency reported on Dec. 22", "said on Thursday");
 * - `event`: it dates some other event, and dates no figure ("a deal reached in September 2018").
 */
export type Role = 'span' | 'report' | 'event';

export interface Placed extends Found {
  readonly role: Role;
}

const PART_BEFORE = /\b(early|mid|late|(?:the\s+)?(?:start|beginning|middle|end)\s+of)[\s-]*$/i;
const CLAUSE_BREAK = /[,;:()"]/g;
const SINCE = /\bsince\b/gi;
const MAX_WORDS_AFTER_SINCE = 14;
const FILLERS = new Set(REPORT_FILLERS);
const REPORTING = new Set(REPORT_VERBS);
const EVENT_VERB_WORDS = new Set(EVENT_VERBS.map((v) => v.split(' ').pop() ?? v));
const EVENT_NOUN_WORDS = new Set(EVENT_NOUNS);
const DATE_PREPOSITIONS = new Set(['in', 'on', 'of', 'during']);
const EVENT_NOUN_REACH = 3;

/** Reads the words before a date: "early"/"mid"/"late", "since ...", a reporting verb, an event. */
export function placeInSentence(sentence: string, found: Found, previousEnd: number): Placed {
  if (isDateline(sentence, found)) return retext(sentence, found, 'report');
  const before = sentence.slice(previousEnd, found.start);
  const part = PART_BEFORE.exec(before);
  const withPart = part ? { ...found, start: previousEnd + part.index, expression: partOf(part[1] ?? '', found.expression) } : found;
  const clause = clauseOf(sentence.slice(previousEnd, withPart.start));
  const since = lastMatch(SINCE, clause.text);
  if (since && wordCount(clause.text.slice(since.index)) <= MAX_WORDS_AFTER_SINCE) {
    const start = previousEnd + clause.offset + since.index;
    return retext(sentence, { ...withPart, start, expression: { kind: 'since', from: withPart.expression } }, 'span');
  }
  const clauseWords = wordsOf(clause.text);
  const verb = clauseWords.filter((w) => REPORTING.has(w.lower)).pop();
  if (verb && isPoint(found.expression) && onlyFillers(clause.text.slice(verb.end))) {
    return retext(sentence, { ...withPart, start: previousEnd + clause.offset + verb.start }, 'report');
  }
  const role = datesAnEvent(clauseWords, clause.text) ? 'event' : 'span';
  return retext(sentence, withPart, role);
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

function clauseOf(text: string): { text: string; offset: number } {
  const last = lastMatch(CLAUSE_BREAK, text);
  const offset = last ? last.index + 1 : 0;
  return { text: text.slice(offset), offset };
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
  return ws.length <= 5 && ws.every((w) => FILLERS.has(w.toLowerCase()) || /^[A-Z]/.test(w));
}

/** A day or a weekday can date a statement; a span ("in the past two days") cannot. */
function isPoint(e: Expression): boolean {
  if (e.kind === 'offset' || e.kind === 'weekday') return true;
  if (e.kind === 'this') return e.unit === 'week';
  return e.kind === 'calendar' && e.range.precision === 'day' && e.range.first === e.range.last;
}

function retext(sentence: string, found: Found, role: Role): Placed {
  return { ...found, text: sentence.slice(found.start, found.end), role };
}
