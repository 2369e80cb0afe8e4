import type { Token } from '../document/index.js';
import { LEADING_CONJUNCTIONS } from '../data/speakers/cues.js';
import {
  AFFILIATION_WORDS, DETERMINERS, ORGANIZATION_DESCRIPTIONS, PERSON_PRONOUNS, ROLE_WORDS,
  SOURCE_NOUNS, SOURCE_VERBS, SPEAKER_HEADS, THING_PRONOUNS,
} from '../data/speakers/nouns.js';
import { type Context, makeMention } from './context.js';
import { findKnown, knownOrganizationMention } from './known.js';
import { capitalizedNameMention, titledPersonMention } from './persons.js';
import type { Mention } from './types.js';
import { surfaceOf } from './words.js';

/** Longer phrases are clauses that merely contain a name ("fighters killed 40 ... (AP)"). */
const MAX_WORDS = 16;
const MAX_DEPTH = 3;
/** Who speaks for an organisation unnamed: "sources with X", "officials at X". */
const SOURCE_PEOPLE = new Set(['sources', 'source', 'officials', 'members', 'staff', 'workers']);

/**
 * What a phrase in speaker position names, tried in order: a pronoun, "sources with X",
 * "X's figures", a known organisation, a person after a role, "the director", a capitalised
 * name, a described group ("local officials"). Null when it names no speaker ("the attacks").
 */
export function readMention(ctx: Context, phrase: readonly Token[], depth = 0): Mention | null {
  const words = trimPhrase(phrase);
  // a phrase inside a phrase inside a phrase is enough: "sources at the office of the ministry"
  if (words.length === 0 || words.length > MAX_WORDS || depth > MAX_DEPTH) return null;
  const inner = (part: readonly Token[]) => readMention(ctx, part, depth + 1);
  const only = words.length === 1 ? words[0] : undefined;
  if (only && PERSON_PRONOUNS.has(only.lower)) return makeMention(ctx, words, { form: 'pronoun', kind: 'person' });
  if (only && THING_PRONOUNS.has(only.lower)) return makeMention(ctx, words, { form: 'pronoun', kind: 'organization' });
  const { core, acronym } = splitAcronym(words);
  return (
    sourcesWith(core, inner) ??
    sourceNoun(core, inner) ??
    knownIn(ctx, core, acronym) ??
    titledPersonMention(ctx, core, (before) => organizationName(ctx, before, depth + 1)) ??
    description(ctx, core) ??
    capitalizedNameMention(ctx, dropPossessor(dropDeterminers(core))) ??
    group(ctx, dropPossessor(core))
  );
}

/** The organisation a person speaks for, from the words that name it, or null. */
export function organizationName(ctx: Context, words: readonly Token[], depth = 0): string | null {
  const mention = words.length ? readMention(ctx, words, depth) : null;
  return mention && mention.kind !== 'person' && mention.form !== 'pronoun' && mention.form !== 'description' ? mention.name : null;
}

function trimPhrase(phrase: readonly Token[]): Token[] {
  let from = 0;
  let to = phrase.length;
  while (from < to && isLeadingEdge(phrase[from] as Token)) from++;
  while (to > from && isTrailingEdge(phrase[to - 1] as Token)) to--;
  return phrase.slice(from, to);
}

function isLeadingEdge(word: Token): boolean {
  return LEADING_CONJUNCTIONS.has(word.lower) || (!startsAlphanumeric(word.text) && /^[^\p{L}\p{N}(]+$/u.test(word.text));
}

function isTrailingEdge(word: Token): boolean {
  return !startsAlphanumeric(word.text) && /^[^\p{L}\p{N})]+$/u.test(word.text);
}

/** An ASCII letter or digit first: no edge, and no Unicode look-up needed to tell. */
function startsAlphanumeric(text: string): boolean {
  const c = text.charCodeAt(0) | 32;
  return (c >= 97 && c <= 122) || (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57);
}

/** "The United Nations Office for ... (OCHA)" → the words before, and "OCHA" as an alias. */
function splitAcronym(words: Token[]): { core: Token[]; acronym: string[] } {
  const n = words.length;
  if (n >= 4 && words[n - 1]?.text === ')' && words[n - 3]?.text === '(') {
    return { core: words.slice(0, n - 3), acronym: [words[n - 2]?.text ?? ''] };
  }
  return { core: words, acronym: [] };
}

function dropDeterminers(words: readonly Token[]): Token[] {
  let from = 0;
  while (from < words.length - 1 && DETERMINERS.has(words[from]?.lower ?? '')) from++;
  return words.slice(from);
}

/** "Sudan's Ministry of Health" → "Ministry of Health": a place's possessive is no part of the name. */
function dropPossessor(words: Token[]): Token[] {
  const at = words.findIndex((w, i) => i <= 3 && (w.lower === "'s" || w.text === "'"));
  if (at <= 0 || at >= words.length - 1) return words;
  return words.slice(0, at).every((w) => /^\p{Lu}/u.test(w.text)) ? words.slice(at + 1) : words;
}

/** "sources with the White Helmets", "officials at the health ministry", "a spokesman for OCHA". */
type Read = (words: readonly Token[]) => Mention | null;

function sourcesWith(words: Token[], read: Read): Mention | null {
  const core = dropDeterminers(words);
  const head = core[0]?.lower ?? '';
  if (!(SOURCE_PEOPLE.has(head) || ROLE_WORDS.has(head)) || !AFFILIATION_WORDS.has(core[1]?.lower ?? '')) return null;
  const inner = read(core.slice(core[2]?.lower === 'to' ? 3 : 2));
  if (!inner || inner.kind === 'person' || inner.form === 'pronoun') return null;
  return { ...inner, role: inner.role ?? (ROLE_WORDS.has(head) ? head : null) };
}

/** "Yousef's figures", "UN figures", "figures released by the ministry", "the figures Yousef provided". */
function sourceNoun(words: Token[], read: Read): Mention | null {
  const at = words.findIndex((w, i) => SOURCE_NOUNS.has(w.lower) && (i === 0 || /^[a-z]/.test(w.text)));
  if (at < 0) return null;
  const after = words.slice(at + 1);
  const by = after.findIndex((w) => w.lower === 'by' || w.lower === 'from' || w.lower === 'of');
  if (by >= 0) return read(after.slice(by + 1));
  const verb = after.findIndex((w) => SOURCE_VERBS.has(w.lower));
  if (verb > 0) return read(after.slice(0, verb));
  let before = dropDeterminers(words.slice(0, at));
  while (before.length && /^[a-z]/.test(before[before.length - 1]?.text ?? '') && !SPEAKER_HEADS[before[before.length - 1]?.lower ?? '']) before = before.slice(0, -1);
  if (before[before.length - 1]?.lower === "'s" || before[before.length - 1]?.text === "'") before = before.slice(0, -1);
  return before.length ? read(before) : null;
}

function knownIn(ctx: Context, words: Token[], acronym: string[]): Mention | null {
  const found = findKnown(ctx, words);
  return found ? knownOrganizationMention(ctx, words, found, acronym) : null;
}

/** "the director", "the organization": a phrase that points back to a speaker named before. */
function description(ctx: Context, words: Token[]): Mention | null {
  if (words.length !== 2 || words[0]?.lower !== 'the') return null;
  const noun = words[1]?.lower ?? '';
  if (ORGANIZATION_DESCRIPTIONS.has(noun)) return makeMention(ctx, words, { form: 'description', name: noun, kind: SPEAKER_HEADS[noun] ?? 'organization' });
  if (ROLE_WORDS.has(noun)) return makeMention(ctx, words, { form: 'description', name: noun, kind: 'person', role: noun });
  return null;
}

/** "local officials", "the Sudanese army", "flight monitors". */
function group(ctx: Context, words: Token[]): Mention | null {
  const all = dropDeterminers(words);
  const cut = all.findIndex((w, i) => i > 0 && AFFILIATION_WORDS.has(w.lower));
  const core = cut > 0 ? all.slice(0, cut) : all;
  const head = core[core.length - 1]?.lower ?? '';
  const kind = SPEAKER_HEADS[head];
  if (!kind || core.length > 6 || core.some((w) => /\d/.test(w.text))) return null;
  return makeMention(ctx, core, { form: 'group', name: surfaceOf(ctx.doc, core), kind });
}
