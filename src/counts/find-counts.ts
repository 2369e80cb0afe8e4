import type { Token } from '../document/index.js';
import { QUALIFIERS, type Qualifier } from '../data/counts/qualifiers.js';
import { SCALES, SMALL_NUMBERS } from '../data/counts/number-words.js';
import { VAGUE_MAGNITUDES } from '../data/counts/vague.js';
import { countFromNumeral, countFromRange, countFromVague } from './build-count.js';
import { readDigits } from './read-digits.js';
import { readQualifier, readVague } from './read-qualifier.js';
import { readWords } from './read-words.js';
import { isNonCount } from './skip-non-counts.js';
import type { CountMatch, Numeral } from './types.js';

/** Every figure among tokens [from, to), left to right, none overlapping. */
export function findCounts(input: string, tokens: readonly Token[], from: number, to: number): CountMatch[] {
  const found: CountMatch[] = [];
  for (let i = from; i < to; ) {
    const match = mayStartFigure(tokens[i] as Token) ? readCountAt(input, tokens, i, to) : null;
    if (match) {
      found.push(match);
      i = match.endToken;
    } else i++;
  }
  return found;
}

let figureStarts: ReadonlySet<string> | null = null;

/**
 * Whether a figure can start at this token: a number, or the first word of a qualifier, a vague
 * magnitude, a number word or "between"; a cheap test before the figure grammar runs.
 */
function mayStartFigure(token: Token): boolean {
  if (token.type === 'number') return true;
  figureStarts ??= new Set([
    ...[...QUALIFIERS, ...VAGUE_MAGNITUDES].map((entry) => entry.words[0] ?? ''),
    ...Object.keys(SMALL_NUMBERS), ...Object.keys(SCALES), 'between', 'from', 'a', 'half', 'one',
  ]);
  return figureStarts.has(token.lower);
}

/** The figure starting at token `i`, qualifiers included, or null. */
export function readCountAt(input: string, tokens: readonly Token[], i: number, to: number): CountMatch | null {
  const between = readBetween(input, tokens, i, to);
  if (between) return between;
  const qualifier = readQualifier(tokens, i, to);
  const at = qualifier ? qualifier.end : i;
  const vague = readVague(tokens, at, to);
  if (vague) {
    const count = countFromVague(vague.entry, qualifier?.entry ?? null, slice(input, tokens, i, vague.end));
    return match(input, tokens, i, vague.end, count, 'counts/read-vague');
  }
  const numeral = readNumeral(tokens, at, to);
  if (!numeral || isNonCount(tokens, at, numeral.end)) return null;
  const ranged = readDashRange(tokens, numeral, to);
  const plus = !ranged && !qualifier && isGluedPlus(tokens, numeral.end);
  const end = ranged ? ranged.end : numeral.end + (plus ? 1 : 0);
  const count = ranged
    ? countFromRange(ranged.low, ranged.high, slice(input, tokens, i, end))
    : countFromNumeral(numeral, plus ? AT_LEAST : qualifier?.entry ?? null, slice(input, tokens, i, end));
  return match(input, tokens, i, end, count, numeral.rule);
}

const AT_LEAST: Qualifier = { words: ['+'], effect: 'low', approximate: false };

/** "10,000+" reads as "at least 10,000" */
function isGluedPlus(tokens: readonly Token[], at: number): boolean {
  const plus = tokens[at];
  return plus?.text === '+' && plus.start === tokens[at - 1]?.end;
}

function readNumeral(tokens: readonly Token[], i: number, to: number): Numeral | null {
  return readDigits(tokens, i, to) ?? readWords(tokens, i, to);
}

/** "between 3,000 and 5,000", "from 200 to 300" */
function readBetween(input: string, tokens: readonly Token[], i: number, to: number): CountMatch | null {
  const opener = tokens[i]?.lower;
  if (opener !== 'between' && opener !== 'from') return null;
  const first = readNumeral(tokens, i + 1, to);
  if (!first || isNonCount(tokens, i + 1, first.end)) return null;
  const link = tokens[first.end]?.lower;
  if ((opener === 'between' && link !== 'and') || (opener === 'from' && link !== 'to')) return null;
  const second = readNumeral(tokens, first.end + 1, to);
  if (!second || second.value <= first.value || isNonCount(tokens, first.end + 1, second.end)) return null;
  const low = scaleLike(first.value, second.value);
  const count = countFromRange(low, second.value, slice(input, tokens, i, second.end));
  return match(input, tokens, i, second.end, count, 'counts/find-counts:between');
}

/** "3,000 to 5,000", "3,000-5,000"; "two to three million" carries the scale back */
function readDashRange(tokens: readonly Token[], first: Numeral, to: number): { low: number; high: number; end: number } | null {
  const link = tokens[first.end]?.lower;
  if (link !== 'to' && link !== '-') return null;
  const second = readNumeral(tokens, first.end + 1, to);
  if (!second || isNonCount(tokens, first.end + 1, second.end)) return null;
  const low = scaleLike(first.value, second.value);
  if (second.value <= low) return null;
  return { low, high: second.value, end: second.end };
}

/** "between two and three million": the first figure takes the second's scale */
function scaleLike(low: number, high: number): number {
  if (low >= 1000 || high < 1000) return low;
  for (const scale of [1_000_000_000, 1_000_000, 1_000]) if (high >= scale && low * scale <= high) return low * scale;
  return low;
}

function slice(input: string, tokens: readonly Token[], first: number, end: number): string {
  return input.slice(tokens[first]?.start ?? 0, tokens[end - 1]?.end ?? 0);
}

function match(input: string, tokens: readonly Token[], first: number, end: number, count: ReturnType<typeof countFromRange>, rule: string): CountMatch {
  const start = tokens[first]?.start ?? 0;
  const stop = tokens[end - 1]?.end ?? start;
  return { count, span: { start, end: stop, text: input.slice(start, stop) }, firstToken: first, endToken: end, rule };
}

export type { Qualifier };
