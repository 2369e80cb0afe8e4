import type { Doc, Token } from '../document/index.js';

/** A sentence's tokens without the whitespace ones. */
export function sentenceWords(doc: Doc, sentence: number): Token[] {
  const s = doc.sentences[sentence];
  if (!s) return [];
  const words: Token[] = [];
  for (let t = s.firstToken; t < s.endToken; t++) {
    const token = doc.tokens[t];
    if (token && !isBlank(token.text)) words.push(token);
  }
  return words;
}

/** Whether a token is only whitespace; a printable ASCII first character, as most have, settles it at once. */
function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return !(first > 32 && first < 127) && text.trim() === '';
}

/** The input between the first and last of some words, as written. */
export function surfaceOf(doc: Doc, words: readonly Token[]): string {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? doc.input.slice(first.start, last.end) : '';
}

/** Whether a word starts with a capital letter or is a number-like name part ("M23"). */
export function isCapitalized(word: Token): boolean {
  const first = word.text.charCodeAt(0);
  // asked of most words a speaker phrase holds: ASCII needs no Unicode look-up
  if (first < 128) return first >= 65 && first <= 90;
  return /^\p{Lu}/u.test(word.text);
}

export function isQuote(word: Token): boolean {
  return word.text === '"' || word.text === "''" || word.text === '``';
}
