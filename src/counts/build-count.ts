import type { Qualifier } from '../data/counts/qualifiers.js';
import type { VagueEntry } from '../data/counts/vague.js';
import type { Count } from '../types.js';
import type { Numeral } from './types.js';

/** A stated number and its qualifier as a Count. A bare figure is exact: low = high = value. */
export function countFromNumeral(numeral: Numeral, qualifier: Qualifier | null, text: string): Count {
  const { value } = numeral;
  if (numeral.low !== null && numeral.high !== null) {
    return { value: numeral.low, low: numeral.low, high: numeral.high, approximate: qualifier?.approximate ?? false, vague: null, text };
  }
  const approximate = qualifier?.approximate ?? false;
  switch (qualifier?.effect) {
    case 'low': return { value, low: value, high: null, approximate, vague: null, text };
    case 'above': return { value, low: value + 1, high: null, approximate, vague: null, text };
    case 'high': return { value, low: null, high: value, approximate, vague: null, text };
    case 'below': return { value, low: null, high: value - 1, approximate, vague: null, text };
    case 'about': return { value, low: null, high: null, approximate, vague: null, text };
    default: return { value, low: value, high: value, approximate: false, vague: null, text };
  }
}

/** "thousands of" → value 2000, low 2000, high 9999, vague 'thousands'. */
export function countFromVague(entry: VagueEntry, qualifier: Qualifier | null, text: string): Count {
  const low = qualifier?.effect === 'high' || qualifier?.effect === 'below' ? null : entry.low;
  return { value: entry.low, low, high: entry.high, approximate: qualifier?.approximate ?? false, vague: entry.vague, text };
}

/** "between 3,000 and 5,000" */
export function countFromRange(low: number, high: number, text: string): Count {
  return { value: low, low, high, approximate: false, vague: null, text };
}
