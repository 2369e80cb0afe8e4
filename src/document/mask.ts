import { isSpace } from './chars.js';
import { maskTags } from './mask-tags.js';
import { table } from '../data/table.js';

const ENTITY = /&(#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/g;
const NAMED: Readonly<Record<string, string>> = table({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '-', mdash: '-',
  rsquo: "'", lsquo: "'", rdquo: '"', ldquo: '"', hellip: '.', thinsp: ' ', ensp: ' ', emsp: ' ',
});
/** Characters replaced one for one, each class by what it becomes. */
const REPLACEMENTS: ReadonlyArray<[RegExp, (c: string) => string]> = [
  [/[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/, () => ' '],
  [/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bf\u02be\u0060]/, () => "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/, () => '"'],
  [/[\u2010-\u2015\u2212]/, () => '-'],
  // wink reads a middle dot as it reads a bullet (an unknown symbol, same tokens and sentences), and
  // a middle dot is one byte: a list with bullets no longer keeps its text two bytes a character
  [/[\u2022]/, () => '\u00b7'],
  [/[\u066b\u066c]/, (c) => (c === '\u066c' ? ',' : '.')],
  [/[\u0660-\u0669\u06f0-\u06f9]/, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660))],
];
// what each character of the classes above becomes (null: any other, which stays), found on first sight
const replacedChars = new Map<number, string | null>();
// wink's tokeniser takes quadratic time on one very long run without spaces ("''''...", a
// 20,000-letter word); no figure or name is that long, so such runs are blanked
const LONGEST_RUN = 80;

/**
 * Returns a copy of the input of the same length, in which what the later stages should not
 * see is replaced character for character, so that every offset still points into the input:
 * HTML tags and comments become spaces, entities become their character padded with spaces,
 * non-breaking, thin and zero-width spaces become plain spaces, curly quotes straight ones,
 * bullets middle dots, Arabic-Indic and Persian digits ASCII digits, runs of over 80 characters
 * without a space blanks.
 */
export function maskText(input: string): string {
  let text = maskTags(input);
  if (text.includes('&')) text = text.replace(ENTITY, decodeEntity);
  return replaceChars(text);
}

/**
 * The characters of REPLACEMENTS replaced, in one scan of the text that also notes whether a run
 * of over 80 characters without a space is left (rare: only then is the text scanned again).
 */
function replaceChars(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let runStart = 0;
  let longRun = false;
  let wideIn = false;
  let wideOut = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    // every replaced character is a backtick or above U+009F
    if (code === 0x60 || code >= 0xa0) {
      if (code > 0xff) wideIn = true;
      const to = replacementOf(code);
      if (to !== null) {
        parts.push(text.slice(copied, i), to);
        copied = i + 1;
        code = to.charCodeAt(0);
      }
      if (code > 0xff) wideOut = true;
    }
    if (isSpace(code)) runStart = i + 1;
    else if (i + 1 - runStart > LONGEST_RUN) longRun = true;
  }
  if (copied > 0) parts.push(text.slice(copied));
  const replaced = copied > 0 ? parts.join('') : text;
  // a text that held a character past U+00FF (a curly quote, a dash) is kept two bytes a character,
  // even once they are all replaced; one byte a character is cheaper for every later stage and wink
  const narrowed = wideIn && !wideOut ? oneByte(replaced) : replaced;
  return longRun ? blankLongRuns(narrowed) : narrowed;
}

/** The same text, one byte a character: lossless, as every character of it is below U+0100. */
function oneByte(text: string): string {
  return Buffer.from(text, 'latin1').toString('latin1');
}

/** What a character becomes, or null when it stays. */
function replacementOf(code: number): string | null {
  let to = replacedChars.get(code);
  if (to === undefined) {
    const c = String.fromCharCode(code);
    const replace = REPLACEMENTS.find(([chars]) => chars.test(c))?.[1];
    replacedChars.set(code, (to = replace ? replace(c) : null));
  }
  return to;
}

/** Runs of over 80 characters without a space (`\S{81,}`) blanked, in one scan of the text. */
function blankLongRuns(text: string): string {
  const out: string[] = [];
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !isSpace(text.charCodeAt(i))) continue;
    if (i - runStart > LONGEST_RUN) {
      out.push(text.slice(copied, runStart), ' '.repeat(i - runStart));
      copied = i;
    }
    runStart = i + 1;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
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
