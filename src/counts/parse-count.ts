import { readDocument } from '../document/index.js';
import type { Count } from '../types.js';
import { readCountAt } from './find-counts.js';

/**
 * The figure at the start of `text`, normalised, or null when the text does not start with one.
 * What follows the figure ("two children", "five civilian lives") is allowed and ignored.
 *
 * @example
 * parseCount('over 1,300')     //=> { value: 1300, low: 1301, high: null, approximate: false, vague: null, text: 'over 1,300' }
 * parseCount('thousands of')   //=> { value: 2000, low: 2000, high: 9999, approximate: false, vague: 'thousands', text: 'thousands' }
 */
export function parseCount(text: string): Count | null {
  if (typeof text !== 'string') throw new TypeError(`parseCount: expected text to be a string, found ${describe(text)}`);
  if (text.trim() === '') return null;
  const doc = readDocument(text);
  const first = doc.tokens.findIndex((t) => t.text.trim() !== '');
  if (first < 0) return null;
  return readCountAt(doc.input, doc.tokens, first, doc.tokens.length)?.count ?? null;
}

/** What a wrong argument was, for an error message: 'null', 'an array', 'number 42', 'string "abc"'. */
export function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.slice(0, 40))}`;
  if (typeof value === 'function') return 'a function';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value).slice(0, 40)}`;
}
