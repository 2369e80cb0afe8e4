import type { Token } from '../document/index.js';
import { LETTER_SCALES, SCALES } from '../data/counts/number-words.js';
import type { Numeral } from './types.js';

const GROUPED = /^\d{1,3}(?:,\d{3})+$/;
const DOT_GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const PLAIN = /^\d+$/;
const DECIMAL = /^\d+\.\d+$/;
const RANGE = /^(\d[\d,.]*)-(\d[\d,.]*)$/;

/** "235,000", "25 000" (thin space), "1.3 million", "1.2m", "3,000-5,000" at token `i`. */
export function readDigits(tokens: readonly Token[], i: number, to: number): Numeral | null {
  const token = tokens[i];
  if (!token || token.type !== 'number') return null;
  const range = RANGE.exec(token.lower);
  if (range) return readRangeToken(range[1] ?? '', range[2] ?? '', i);
  let text = token.lower;
  let end = i + 1;
  // "25 000": a group of three digits after a space continues the number
  while (end < to && PLAIN.test(text) && text.length <= 3 && isDigitGroup(tokens, end)) {
    text += tokens[end]?.lower ?? '';
    end++;
  }
  const scaled = readScale(tokens, end, to);
  const base = digitValue(text, scaled !== null);
  if (base === null) return null;
  if (!scaled) return { value: base, low: null, high: null, end, rule: 'counts/read-digits' };
  return { value: Math.round(base * scaled.factor), low: null, high: null, end: scaled.end, rule: 'counts/read-digits' };
}

function isDigitGroup(tokens: readonly Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const next = tokens[at];
  return !!prev && !!next && next.type === 'number' && /^\d{3}$/.test(next.lower) && next.start - prev.end === 1;
}

function readScale(tokens: readonly Token[], at: number, to: number): { factor: number; end: number } | null {
  const next = tokens[at];
  if (at >= to || !next) return null;
  const factor = SCALES[next.lower];
  if (factor === undefined) return null;
  // "1.2m" but not "1.2 m" (metres)
  if (LETTER_SCALES.has(next.lower) && next.start !== tokens[at - 1]?.end) return null;
  return { factor, end: at + 1 };
}

function digitValue(text: string, scaled: boolean): number | null {
  if (GROUPED.test(text)) return Number(text.replace(/,/g, ''));
  // "25.000" is twenty-five thousand in many styles; "1.300 million" is a decimal
  if (DOT_GROUPED.test(text) && !scaled) return Number(text.replace(/\./g, ''));
  if (PLAIN.test(text) || DECIMAL.test(text)) return Number(text);
  if (/^\d+,\d{1,2}$/.test(text) && scaled) return Number(text.replace(',', '.'));
  return null;
}

function readRangeToken(a: string, b: string, i: number): Numeral | null {
  const low = digitValue(a, false);
  const high = digitValue(b, false);
  if (low === null || high === null || high <= low) return null;
  return { value: low, low, high, end: i + 1, rule: 'counts/read-digits:range' };
}
