import type { VagueMagnitude } from '../../types.js';

/**
 * The vague magnitudes and the range a reader infers from each. `value` is the least reading
 * ("thousands" is at least two thousand), `high` the most before the next magnitude up.
 * The longest phrase is tried first.
 */
export interface VagueEntry {
  readonly words: readonly string[];
  readonly vague: VagueMagnitude;
  readonly low: number;
  readonly high: number;
}

export const VAGUE_MAGNITUDES: readonly VagueEntry[] = [
  { words: ['hundreds', 'of', 'thousands'], vague: 'hundreds of thousands', low: 200_000, high: 999_999 },
  { words: ['tens', 'of', 'thousands'], vague: 'tens of thousands', low: 20_000, high: 99_999 },
  { words: ['several', 'million'], vague: 'millions', low: 2_000_000, high: 9_999_999 },
  { words: ['several', 'thousand'], vague: 'thousands', low: 2_000, high: 9_999 },
  { words: ['several', 'hundred'], vague: 'hundreds', low: 200, high: 999 },
  { words: ['several', 'dozen'], vague: 'dozens', low: 24, high: 99 },
  { words: ['a', 'few', 'thousand'], vague: 'thousands', low: 2_000, high: 9_999 },
  { words: ['a', 'few', 'hundred'], vague: 'hundreds', low: 200, high: 999 },
  { words: ['a', 'few', 'dozen'], vague: 'dozens', low: 24, high: 99 },
  { words: ['millions'], vague: 'millions', low: 2_000_000, high: 9_999_999 },
  { words: ['thousands'], vague: 'thousands', low: 2_000, high: 9_999 },
  { words: ['hundreds'], vague: 'hundreds', low: 200, high: 999 },
  { words: ['scores'], vague: 'scores', low: 40, high: 99 },
  { words: ['dozens'], vague: 'dozens', low: 24, high: 99 },
];
