import { maskTags } from './mask-tags.js';

const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-',
  rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', hellip: '.', thinsp: ' ', ensp: ' ', emsp: ' ',
};
const ODD_SPACE = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g;
const SINGLE_QUOTE = /[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bf\u02be\u0060]/g;
const DOUBLE_QUOTE = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASH = /[\u2010-\u2015\u2212]/g;
const ARABIC_SEPARATOR = /[\u066b\u066c]/g;
const FOREIGN_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/g;
// wink's tokeniser takes quadratic time on one very long run without spaces ("''''...", a
// 20,000-letter word); no figure or name is that long, so such runs are blanked
const RUN_WITHOUT_SPACE = /[^\s]{81,}/g;

/**
 * Returns a copy of the input of the same length, in which what the later stages should not
 * see is replaced character for character, so that every offset still points into the input:
 * HTML tags and comments become spaces, entities become their character padded with spaces,
 * non-breaking, thin and zero-width spaces become plain spaces, curly quotes straight ones,
 * Arabic-Indic and Persian digits ASCII digits, runs of over 80 characters without a space blanks.
 */

export function maskText(input: string): string {
  let text = maskTags(input);
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  return text
    .replace(ODD_SPACE, ' ')
    .replace(SINGLE_QUOTE, "'")
    .replace(DOUBLE_QUOTE, '"')
    .replace(DASH, '-')
    .replace(ARABIC_SEPARATOR, (c) => (c === '\u066c' ? ',' : '.'))
    .replace(FOREIGN_DIGIT, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660)))
    .replace(RUN_WITHOUT_SPACE, (run) => ' '.repeat(run.length));
}

function decodeEntity(entity: string, body: string): string {
  const char = entityChar(body);
  // a character outside the BMP would take two code units; keep the entity's length exact
  if (char === null || char.length !== 1) return entity;
  return char + ' '.repeat(entity.length - 1);
}

function entityChar(body: string): string | null {
  if (body.startsWith('#x') || body.startsWith('#X')) return codePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return codePoint(parseInt(body.slice(1), 10));
  return NAMED[body.toLowerCase()] ?? null;
}

function codePoint(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n > 0xffff) return null;
  return String.fromCharCode(n);
}
