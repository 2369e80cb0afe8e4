import type { Doc } from '../document/index.js';
import { calendarDates } from './calendar-dates.js';
import type { Day } from './calendar.js';
import { chronoDates, type ChronoHit } from './chrono.js';
import { joinMentions } from './join.js';
import { findPhrases, type Found } from './phrases.js';
import { placeInSentence, type Placed } from './roles.js';

/** A date expression in the document, with its role; offsets into the input. */
export interface Mention extends Placed {
  readonly sentence: number;
}

// the cheap pre-checks: a sentence with no month, weekday, unit word, "since" or year holds no
// date; only one with a capitalised month or a numeric date ("12/22/2019", "2019-12-22") goes to
// chrono, which reads only calendar dates for us (see chrono.ts) and costs most of this stage
const HINT = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|overnight|hour|day|week|month|year|since)|\b(?:1[89]|20)\d\d\b|\d\/\d/i;
const CALENDAR_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)|\d[/.-]\d{1,2}[/.-]\d/;

/**
 * The date mentions of each sentence, read on first request and kept for the call. The calendar
 * dates of every sentence that may hold one are read on the first request, one sentence after
 * another: a read right after another costs about half a read between other work (chrono's code
 * and patterns are still in the processor's caches), and the references read every sentence anyway.
 */
export function mentionReader(doc: Doc, published: Day | null): (sentence: number) => readonly Mention[] {
  const read = new Array<readonly Mention[] | undefined>(doc.sentences.length);
  let hits: readonly CalendarHits[] | null = null;
  return (index) => {
    // null is a sentence's answer here ("no calendar date"), so not `??`
    const sentenceHits = (hits ??= chronoHits(doc, published))[index];
    return (read[index] ??= readSentence(doc, index, sentenceHits === undefined ? NO_HINT : sentenceHits, published));
  };
}

/** A sentence's calendar dates (see chrono.ts); null where it has a hint of a date but of no calendar date; NO_HINT where it has none. */
type CalendarHits = readonly ChronoHit[] | null | typeof NO_HINT;
const NO_HINT = false;

function chronoHits(doc: Doc, published: Day | null): CalendarHits[] {
  return doc.sentences.map((sentence) => {
    const text = doc.text.slice(sentence.start, sentence.end);
    if (!HINT.test(text)) return NO_HINT;
    return CALENDAR_HINT.test(text) ? chronoDates(text, published) : null;
  });
}

const NONE: readonly Mention[] = [];

function readSentence(doc: Doc, index: number, hits: CalendarHits, published: Day | null): readonly Mention[] {
  const sentence = doc.sentences[index];
  if (!sentence || hits === NO_HINT) return NONE;
  const text = doc.text.slice(sentence.start, sentence.end);
  const dates = hits ? calendarDates(text, hits, published) : [];
  // "Tuesday 21 May": the calendar date, not the bare weekday
  const phrases = findPhrases(text).filter((p) => p.expression.kind !== 'weekday' || !overlapsAny(p, dates));
  const calendar = dates.filter((c) => !overlapsAny(c, phrases));
  const found = [...phrases, ...calendar].sort((a, b) => a.start - b.start);
  if (found.length === 0) return NONE;
  const placed = joinMentions(text, found.map((f, i) => placeInSentence(text, f, found[i - 1]?.end ?? 0)));
  return placed.map((p) => {
    const start = sentence.start + p.start;
    const end = sentence.start + p.end;
    return { start, end, text: doc.input.slice(start, end), expression: p.expression, role: p.role, sentence: index };
  });
}

function overlapsAny(f: Found, others: readonly Found[]): boolean {
  return others.some((o) => o.start < f.end && f.start < o.end);
}
