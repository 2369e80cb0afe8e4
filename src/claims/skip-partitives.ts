import type { Token } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';

/**
 * "one of the victims", "one of those killed": a single person picked out of a group is not a
 * figure of its own. Larger parts are kept ("300,000 of those displaced are children", "nine
 * of them seriously"): a report states them as figures.
 */
export function isOneOf(tokens: readonly Token[], count: CountMatch): boolean {
  return count.count.vague === null && count.count.value === 1 && tokens[count.endToken]?.lower === 'of';
}
