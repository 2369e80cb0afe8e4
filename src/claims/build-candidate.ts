import type { Doc } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';
import type { Group, Span } from '../types.js';
import type { TriggerMatch } from './match-trigger.js';
import { readMeasure } from './read-measure.js';
import { readModality } from './read-modality.js';
import type { Candidate } from './types.js';

export interface Pairing {
  readonly count: CountMatch;
  readonly trigger: TriggerMatch;
  readonly position: 'after' | 'before' | 'noun';
  readonly group: Group;
  readonly groupSpan: Span | null;
  readonly rule: string;
  readonly confidence: number;
}

/** A figure paired with its trigger, as a Candidate with modality, measure and mention. */
export function buildCandidate(doc: Doc, sentence: number, pairing: Pairing): Candidate {
  const { count, trigger } = pairing;
  const tokens = doc.tokens;
  const bounds = doc.sentences[sentence] ?? { firstToken: 0, endToken: tokens.length };
  const sentenceFirst = bounds.firstToken;
  // a gapped figure ("and two in Aldier") states its claim with its own words only
  const gapped = pairing.rule === 'claims/gapping';
  const first = gapped ? count.firstToken : Math.min(count.firstToken, trigger.first);
  const end = gapped ? count.endToken : Math.max(count.endToken, trigger.end);
  const modality = readModality(tokens, first, end, bounds);
  const kind = trigger.entry.kind;
  const termSpan = spanOf(doc, trigger.first, trigger.end);
  return {
    kind,
    term: termSpan.text,
    termSpan,
    count: count.count,
    countSpan: count.span,
    group: pairing.group,
    groupSpan: pairing.groupSpan,
    measure: readMeasure(kind, tokens, trigger, count.firstToken, sentenceFirst),
    modality,
    sentence,
    mention: mentionOf(doc, spanOf(doc, first, end), pairing),
    rule: pairing.rule,
    confidence: confidenceOf(pairing, modality),
  };
}

/** "1.3 million internally displaced persons": a trigger inside the phrase takes the noun with it. */
function mentionOf(doc: Doc, span: Span, pairing: Pairing): Span {
  const groupEnd = pairing.position === 'noun' && pairing.groupSpan ? pairing.groupSpan.end : 0;
  if (groupEnd <= span.end) return span;
  return { start: span.start, end: groupEnd, text: doc.input.slice(span.start, groupEnd) };
}

export function spanOf(doc: Doc, firstToken: number, endToken: number): Span {
  const start = doc.tokens[firstToken]?.start ?? 0;
  const end = doc.tokens[endToken - 1]?.end ?? start;
  return { start, end, text: doc.input.slice(start, end) };
}

function confidenceOf(pairing: Pairing, modality: string): number {
  let confidence = pairing.confidence;
  if (pairing.count.count.vague) confidence -= 0.1;
  if (modality !== 'asserted') confidence -= 0.15;
  return Math.max(0.05, Math.min(1, Math.round(confidence * 100) / 100));
}
