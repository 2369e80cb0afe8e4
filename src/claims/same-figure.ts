import type { Candidate } from './types.js';

/** Below this, the same figure twice is likely two events ("five killed in A, five in B"). */
export const DISTINCTIVE_FIGURE = 100;

/**
 * What two statements of one claim share: kind, figure and magnitude. Merging, dates ("the
 * same figure stated elsewhere has a span") and speakers ("a relayed figure takes the named
 * speaker of the same figure") all look a claim's other statements up by it.
 */
export function figureKey(c: Candidate): string {
  return `${c.kind}|${c.count.value}|${c.count.vague ?? ''}`;
}
