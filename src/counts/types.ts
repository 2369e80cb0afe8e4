import type { Count, Span } from '../types.js';

/** A figure found in the text, with the tokens it covers. */
export interface CountMatch {
  readonly count: Count;
  readonly span: Span;
  /** First token of the figure, qualifiers included. */
  readonly firstToken: number;
  /** One past its last token. */
  readonly endToken: number;
  readonly rule: string;
}

/** A bare number read from tokens: its value, any range it states, and where it ends. */
export interface Numeral {
  readonly value: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly end: number;
  readonly rule: string;
}
