import type { Token } from '../document/index.js';
import { LETTER_SCALES, SCALES } from '../data/counts/number-words.js';
import type { Numeral } from './types.js';
import { table } from '../data/table.js';

const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const RANGE = /^(\d[\d,.]*)-(\d[\d,.]*)$/;
// own words only: an object's look-up also finds "constructor"
const SCALE = new Map(Object.entries(SCALES));

/** "235,000", "25 000" (thin space), "1.3 million", "1.2m", "3,000-5,000" at token `i`. */
export function readDigits(tokens: readonly Token[], i: number, to: number): Numeral | null {
  const token = tokens[i];
  if (!token || token.type !== 'number') return null;
  // most numbers hold no hyphen: the range pattern runs only on those that do
  const range = token.lower.includes('-') ? RANGE.exec(token.lower) : null;
  if (range) return readRangeToken(range[1] ?? '', range[2] ?? '', i, readScale(tokens, i + 1, to));
  const { text, end } = joinGroups(tokens, i, to);
  const scaled = readScale(tokens, end, to);
  const base = digitValue(text, scaled !== null);
  if (base === null) return null;
  if (!scaled) return { value: base, low: null, high: null, end, rule: 'counts/read-digits' };
  return { value: Math.round(base * scaled.factor), low: null, high: null, end: scaled.end, rule: 'counts/read-digits' };
}

/** The digits of a number written in several tokens: "25 000" (thin space), "١٬٥٠٠", "١٫٥". */
function joinGroups(tokens: readonly Token[], i: number, to: number): { text: string; end: number } {
  let text = tokens[i]?.lower ?? '';
  let end = i + 1;
  // "25 000": a group of three digits after a space continues the number
  const lead = text.length;
  while (end < to && PLAIN.test(text) && lead <= 3 && isDigitGroup(tokens, end)) {
    text += tokens[end]?.lower ?? '';
    end++;
  }
  // Arabic thousands (U+066C) and decimal (U+066B) separators, glued to the digits
  while (end + 1 < to && ARABIC_SEPARATORS[tokens[end]?.text ?? ''] && isGlued(tokens, end)) {
    text += `${ARABIC_SEPARATORS[tokens[end]?.text ?? '']}${tokens[end + 1]?.lower ?? ''}`;
    end += 2;
  }
  return { text, end };
}

const ARABIC_SEPARATORS: Readonly<Record<string, string>> = table({ '\u066c': ',', '\u066b': '.' });

function isGlued(tokens: readonly Token[], at: number): boolean {
  const [prev, sep, next] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  return !!prev && !!sep && !!next && next.type === 'number' && prev.end === sep.start && sep.end === next.start;
}

function isDigitGroup(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at];
  return !!prev && !!next && next.type === 'number' && /^\d{3}$/.test(next.lower) && next.start - prev.end === 1;
}

function readScale(tokens: readonly Token[], at: number, to: number): { factor: number; end: number } | null {
  const next = tokens[at];
  if (at >= to || !next) return null;
  const factor = SCALE.get(next.lower);
  if (factor === undefined) return null;
  // "1.2m" but not "1.2 m" (metres)
  if (LETTER_SCALES.has(next.lower) && next.start !== tokens[at - 1]?.end) return null;
  return { factor, end: at + 1 };
}

function digitValue(text: string, scaled: boolean): number | null {
  // the commonest form first; the patterns exclude one another
  if (PLAIN.test(text)) return Number(text);
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  // "25.000" is twenty-five thousand in many styles; "1.300 million" is a decimal
  if (DOT_GROUPED.test(text) && !scaled) return Number(text.replace(/\./g, ''));
  // "1.3 million", but a bare "7.8" (a magnitude, a distance) counts no one
  if (DECIMAL.test(text) && scaled) return Number(text);
  if (/^\d+,\d{1,2}$/.test(text) && scaled) return Number(text.replace(',', '.'));
  return null;
}

/** "3,000-5,000", "3-5 million", "1.2-1.5m": the scale applies to both ends. */
function readRangeToken(a: string, b: string, i: number, scaled: { factor: number; end: number } | null): Numeral | null {
  const factor = scaled?.factor ?? 1;
  const low = digitValue(a, scaled !== null);
  const high = digitValue(b, scaled !== null);
  if (low === null || high === null || high <= low) return null;
  const [lo, hi] = [Math.round(low * factor), Math.round(high * factor)];
  return { value: lo, low: lo, high: hi, end: scaled?.end ?? i + 1, rule: 'counts/read-digits:range' };
}
