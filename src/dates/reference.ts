import type { Doc } from '../document/index.js';
import type { Span } from '../types.js';
import type { Day } from './calendar.js';
import type { Expression } from './expression.js';
import type { Mention } from './mentions.js';
import { resolve } from './resolve.js';
import { WordClass } from './sentence-tests.js';

const HEADING_MAX_OTHER_WORDS = 2;

/**
 * The reference each sentence's relative dates are read from. It is the publication date, except
 * - under a heading that is a date ("Wednesday 15 May" in a live blog), until the next one;
 * - after a statement dated in the text ("Anadolu Agency reported on Dec. 22", "said on Sunday"):
 *   from that sentence on, while the passage goes on reporting speech (the same paragraph, or
 *   sentences with "said", "added", "told"...), "in the past two days" counts back from that day.
 */
export function sentenceReferences(
  doc: Doc,
  mentions: (sentence: number) => readonly Mention[],
  wordClasses: (sentence: number) => number,
  published: Day | null,
): { references: (Day | null)[]; headings: (Mention | null)[] } {
  const references: (Day | null)[] = [];
  const headings: (Mention | null)[] = [];
  let base = published;
  let heading: Mention | null = null;
  let moved: { day: Day; paragraph: number } | null = null;
  for (const sentence of doc.sentences) {
    const found = mentions(sentence.index);
    const dated = headingDay(doc, sentence, found, published);
    if (dated !== null) [base, heading] = [dated, found[0] ?? null];
    const told = reportDay(found, base, published);
    if (told !== null) moved = { day: told, paragraph: sentence.paragraph };
    else if (moved && (sentence.paragraph === moved.paragraph || (wordClasses(sentence.index) & WordClass.SPEECH) !== 0)) moved = { day: moved.day, paragraph: sentence.paragraph };
    else moved = null;
    references.push(moved?.day ?? base);
    headings.push(heading);
  }
  return { references, headings };
}

/** The day of the first dated statement in a sentence, if it is not after publication. */
function reportDay(mentions: readonly Mention[], reference: Day | null, published: Day | null): Day | null {
  for (const mention of mentions) {
    if (mention.role !== 'report') continue;
    const day = singleDay(mention.expression, reference, published);
    if (day !== null) return day;
  }
  return null;
}

/** A line that is a date and little else: "Tuesday 21 May", "DAILY MONITOR - Thursday 29 February 2024". */
function headingDay(doc: Doc, sentence: Span, mentions: readonly Mention[], published: Day | null): Day | null {
  const [only] = mentions;
  // "As of 14 February 2023" under a report's title dates it too
  const expression = only?.expression.kind === 'until' ? only.expression.to : only?.expression;
  if (mentions.length !== 1 || !only || expression?.kind !== 'calendar') return null;
  const text = doc.text.slice(sentence.start, sentence.end);
  const offset = sentence.start;
  const other = wordsInLowerCase(text.slice(0, only.start - offset)) + wordsInLowerCase(text.slice(only.end - offset));
  if (other > HEADING_MAX_OTHER_WORDS || /[.!?]\s*$/.test(text)) return null;
  return singleDay(expression, published, published);
}

const WORD = /[A-Za-z]+/g;

/** How many words of a text are not in capitals ("DAILY MONITOR" may head a day), counted up to one more than a heading may hold. */
function wordsInLowerCase(text: string): number {
  WORD.lastIndex = 0;
  let count = 0;
  for (let word = WORD.exec(text); word && count <= HEADING_MAX_OTHER_WORDS; word = WORD.exec(text)) {
    if (word[0] !== word[0].toUpperCase()) count++;
  }
  return count;
}

function singleDay(expression: Expression, reference: Day | null, published: Day | null): Day | null {
  const { first, last } = resolve(expression, reference);
  return first !== null && first === last && (published === null || first <= published) ? first : null;
}
