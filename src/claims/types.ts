import type { ClaimKind, Count, Group, Measure, Modality, Span } from '../types.js';

/**
 * One statement of a claim in one sentence, before dates, places and speakers are read and
 * before repeated statements are merged. The later stages take a list of these and return
 * one answer per candidate, in the same order.
 */
export interface Candidate {
  readonly kind: ClaimKind;
  /** The trigger as written ("fled", "death toll", "claimed ... lives"). */
  readonly term: string;
  readonly termSpan: Span;
  readonly count: Count;
  readonly countSpan: Span;
  readonly group: Group;
  /** Where the group noun stands, or null when the figure stands alone ("two in Aldier"). */
  readonly groupSpan: Span | null;
  readonly measure: Measure;
  readonly modality: Modality;
  /** Index into `Doc.sentences`. */
  readonly sentence: number;
  /** The words that state the claim: from the first of figure and trigger to the last. */
  readonly mention: Span;
  /** The rule that made it, as 'folder/file' (see the `trace` option). */
  readonly rule: string;
  readonly confidence: number;
}
