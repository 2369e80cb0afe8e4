export { findCandidates } from './find-candidates.js';
export type { Candidate } from './types.js';
export { DISTINCTIVE_FIGURE, figureKey } from './same-figure.js';
