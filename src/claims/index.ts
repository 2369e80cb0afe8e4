export { findCandidates } from './find-candidates.js';
export type { Candidate } from './types.js';
