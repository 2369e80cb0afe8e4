export { findCounts, readCountAt } from './find-counts.js';
export { parseCount } from './parse-count.js';
export type { CountMatch } from './types.js';
