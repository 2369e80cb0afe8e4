import { table } from '../table.js';

/** Number words and their values. */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50,
  sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, score: 20,
});

/** Words that multiply what stands before them ("1.3 million", "1.2m", "two hundred"). */
export const SCALES: Readonly<Record<string, number>> = table({
  hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000,
  k: 1_000, m: 1_000_000, mn: 1_000_000, mln: 1_000_000, bn: 1_000_000_000,
});

/** Scales written as a letter glued to the digits; they count only right after a number. */
export const LETTER_SCALES: ReadonlySet<string> = new Set(['k', 'm', 'mn', 'mln', 'bn']);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.',
  'sept.', 'oct.', 'nov.', 'dec.',
]);
