import type { Candidate } from '../../src/claims/types.js';
import type { Doc } from '../../src/document/index.js';
import { readDocument } from '../../src/document/index.js';
import { assignSpeakers, type SpeakerOptions } from '../../src/speakers/index.js';
import type { ClaimKind, Speaker } from '../../src/types.js';

/**
 * A hand-made candidate for the figure `figure` (its `occurrence`-th appearance in the text):
 * enough of a Candidate for the speakers stage, which reads only where the figure stands.
 */
export function candidateFor(doc: Doc, figure: string, occurrence = 1, kind: ClaimKind = 'killed'): Candidate {
  let start = -1;
  for (let n = 0; n < occurrence; n++) start = doc.input.indexOf(figure, start + 1);
  if (start < 0) throw new Error(`test setup: "${figure}" (occurrence ${occurrence}) is not in the text`);
  const span = { start, end: start + figure.length, text: figure };
  const sentence = doc.sentences.findIndex((s) => s.start <= start && start < s.end);
  if (sentence < 0) throw new Error(`test setup: "${figure}" lies in no sentence`);
  const value = Number(figure.replace(/[^\d.]/g, '')) || 0;
  return {
    kind,
    term: 'killed',
    termSpan: span,
    count: { value, low: value, high: null, approximate: false, vague: value ? null : 'thousands', text: figure },
    countSpan: span,
    group: { noun: 'people', persons: true, unit: 'person' },
    groupSpan: null,
    measure: 'flow',
    modality: 'asserted',
    sentence,
    mention: span,
    rule: 'test/speakers/candidate',
    confidence: 1,
  };
}

/** The speaker the stage gives to each listed figure of `text`. */
export function speakersOf(text: string, figures: readonly string[], options: SpeakerOptions = {}): (Speaker | null)[] {
  const doc = readDocument(text);
  return assignSpeakers(doc, figures.map((f) => candidateFor(doc, f)), options);
}

/** The name of the speaker of one figure, or null. */
export function speakerName(text: string, figure: string, options: SpeakerOptions = {}): string | null {
  return speakersOf(text, [figure], options)[0]?.name ?? null;
}
