import type { Candidate } from '../../src/claims/types.js';
import { assignPeriods } from '../../src/dates/index.js';
import { readDocument, type Doc } from '../../src/document/index.js';
import type { ClaimKind, Period } from '../../src/types.js';

export interface FigureOptions {
  readonly kind?: ClaimKind;
  /** Which occurrence of the figure in the text, from 0. */
  readonly occurrence?: number;
  /** The group noun, when a test needs two figures of one value told apart. */
  readonly group?: string;
}

/** A hand-made candidate for the `occurrence`-th `figure` in the text ("25,000", "three"). */
export function candidateFor(doc: Doc, figure: string, options: FigureOptions = {}): Candidate {
  const start = nthIndexOf(doc.input, figure, options.occurrence ?? 0);
  const end = start + figure.length;
  const sentence = doc.sentences.findIndex((s) => s.start <= start && end <= s.end);
  if (sentence < 0) throw new Error(`expected "${figure}" inside one sentence, found it across sentences`);
  const span = { start, end, text: figure };
  const value = Number(figure.replace(/[^\d.]/g, '')) || WORD_VALUES[figure.toLowerCase()] || 0;
  return {
    kind: options.kind ?? 'displaced',
    term: figure,
    termSpan: span,
    count: { value, low: value, high: null, approximate: false, vague: null, text: figure },
    countSpan: span,
    group: { noun: options.group ?? 'people', persons: true, unit: 'person' },
    groupSpan: null,
    measure: 'flow',
    modality: 'asserted',
    sentence,
    mention: span,
    rule: 'test/dates/helpers',
    confidence: 1,
  };
}

const WORD_VALUES: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

function nthIndexOf(text: string, part: string, n: number): number {
  let at = -1;
  for (let i = 0; i <= n; i++) {
    at = text.indexOf(part, at + 1);
    if (at < 0) throw new Error(`expected occurrence ${n} of "${part}" in the text, found ${i}`);
  }
  return at;
}

/** The periods of the given figures in a text read with `published` ("2019-12-23" or null). */
export function periodsOf(text: string, published: string | null, figures: readonly (string | [string, FigureOptions])[]): (Period | null)[] {
  const doc = readDocument(text);
  const candidates = figures.map((f) => (typeof f === 'string' ? candidateFor(doc, f) : candidateFor(doc, f[0], f[1])));
  return assignPeriods(doc, candidates, published === null ? null : new Date(published));
}

/** The period of one figure, as [start, end]. */
export function spanOf(text: string, published: string | null, figure: string | [string, FigureOptions]): [string | null, string | null] | null {
  const period = periodsOf(text, published, [figure])[0];
  return period ? [period.start, period.end] : null;
}
