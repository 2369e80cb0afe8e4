import { readMention, sentenceText, type DateContext } from './context.js';
import type { Reading } from './period.js';

const HEADING_MAX_WORDS = 14;
// a heading ends with no full stop; "Since 1 June, IOM has recorded:" introduces a list
const ENDS_A_SENTENCE: ReadonlySet<string> = new Set(['.', '!', '?', '"', '”', '’', ')']);
// "CUMULATIVE SINCE 14 JUNE", "4. THE EVENT", "NOTE"; not a headline's "UN says ..."
const CAPITALS_FIRST = /^\W*(?:\d+\.\s*)?[A-Z][A-Z'’-]+(?:[\s:,]+[A-Z][A-Z'’-]+\b|\s*$)/;

const built = new WeakMap<DateContext, readonly (Reading | null)[]>();

/**
 * The span of the section each sentence stands in: a report's section heading that gives one
 * ("LOSS OF LIFE IN THE PAST 24 HOURS", "CUMULATIVE SINCE 14 JUNE") or a line introducing a list
 * dates the lines under it that date nothing themselves, until the next section heading. A
 * heading that is a single day only moves the reference (see reference.ts).
 */
export function sectionReading(ctx: DateContext, sentence: number): Reading | null {
  let readings = built.get(ctx);
  if (!readings) built.set(ctx, (readings = sectionReadings(ctx)));
  return readings[sentence] ?? null;
}

function sectionReadings(ctx: DateContext): (Reading | null)[] {
  const readings: (Reading | null)[] = [];
  let current: Reading | null = null;
  ctx.doc.sentences.forEach((_, s) => {
    readings.push(current);
    const text = sentenceText(ctx, s).trim();
    const intro = text.endsWith(':');
    if (!intro && !isSectionHeading(text)) return;
    const span = ctx.mentions(s).filter((m) => m.role === 'span' || m.role === 'start').map((m) => readMention(ctx, m)).find(isSpan);
    if (span || !intro) current = span ?? null;
  });
  return readings;
}

/** A short line opening in capitals; `text` is trimmed. */
function isSectionHeading(text: string): boolean {
  if (!CAPITALS_FIRST.test(text) || ENDS_A_SENTENCE.has(text.slice(-1))) return false;
  return text.split(/\s+/).length <= HEADING_MAX_WORDS;
}

/** More than a day, or open: a single day heads a day's entries, not a reporting period. */
function isSpan({ range }: Reading): boolean {
  return range.first === null || range.last === null || range.first !== range.last;
}
