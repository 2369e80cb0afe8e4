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

const MAX_WORDS = 24;
const SOURCE_PEOPLE = new Set(['sources', 'source', 'officials', 'members', 'staff', 'workers', 'members']);

/**
 * What a phrase in speaker position names, tried in order: a pronoun, "sources with X",
 * "X's figures", a known organisation, a person after a role, "the director", a capitalised
 * name, a described group ("local officials"). Null when it names no speaker ("the attacks").
 */
export function readMention(ctx: Context, phrase: readonly Token[]): Mention | null {
  const words = trimPhrase(phrase);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const only = words.length === 1 ? words[0] : undefined;
  if (only && PERSON_PRONOUNS.has(only.lower)) return makeMention(ctx, words, { form: 'pronoun', kind: 'person' });
  if (only && THING_PRONOUNS.has(only.lower)) return makeMention(ctx, words, { form: 'pronoun', kind: 'organization' });
  const { core, acronym } = splitAcronym(words);
  return (
    sourcesWith(ctx, core) ??
    sourceNoun(ctx, core) ??
    knownIn(ctx, core, acronym) ??
    titledPersonMention(ctx, core, (before) => organizationName(ctx, before)) ??
    description(ctx, core) ??
    capitalizedNameMention(ctx, dropDeterminers(core)) ??
    group(ctx, core)
  );
}

/** The organisation a person speaks for, from the words that name it, or null. */
export function organizationName(ctx: Context, words: readonly Token[]): string | null {
  const mention = words.length ? readMention(ctx, words) : null;
  return mention && mention.kind !== 'person' && mention.form !== 'pronoun' && mention.form !== 'description' ? mention.name : null;
}

function trimPhrase(phrase: readonly Token[]): Token[] {
  let from = 0;
  let to = phrase.length;
  const isEdge = (w: Token | undefined) => !!w && (LEADING_CONJUNCTIONS.has(w.lower) || /^[^\p{L}\p{N}(]+$/u.test(w.text));
  while (from < to && isEdge(phrase[from])) from++;
  while (to > from && /^[^\p{L}\p{N})]+$/u.test(phrase[to - 1]?.text ?? '')) to--;
  return phrase.slice(from, to);
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

/** "sources with the White Helmets", "officials at the health ministry", "a spokesman for OCHA". */
function sourcesWith(ctx: Context, words: Token[]): Mention | null {
  const core = dropDeterminers(words);
  const head = core[0]?.lower ?? '';
  if (!(SOURCE_PEOPLE.has(head) || ROLE_WORDS.has(head)) || !AFFILIATION_WORDS.has(core[1]?.lower ?? '')) return null;
  const inner = readMention(ctx, core.slice(core[2]?.lower === 'to' ? 3 : 2));
  if (!inner || inner.kind === 'person' || inner.form === 'pronoun') return null;
  return { ...inner, role: inner.role ?? (ROLE_WORDS.has(head) ? head : null) };
}

/** "Hallaj's figures", "UN figures", "figures released by the ministry", "the figures Hallaj provided". */
function sourceNoun(ctx: Context, words: Token[]): Mention | null {
  const at = words.findIndex((w) => SOURCE_NOUNS.has(w.lower) && /^[a-z]/.test(w.text));
  if (at < 0) return null;
  const after = words.slice(at + 1);
  const by = after.findIndex((w) => w.lower === 'by' || w.lower === 'from' || w.lower === 'of');
  if (by >= 0) return readMention(ctx, after.slice(by + 1));
  const verb = after.findIndex((w) => SOURCE_VERBS.has(w.lower));
  if (verb > 0) return readMention(ctx, after.slice(0, verb));
  let before = dropDeterminers(words.slice(0, at));
  while (before.length && /^[a-z]/.test(before[before.length - 1]?.text ?? '') && !SPEAKER_HEADS[before[before.length - 1]?.lower ?? '']) before = before.slice(0, -1);
  if (before[before.length - 1]?.lower === "'s" || before[before.length - 1]?.text === "'") before = before.slice(0, -1);
  return before.length ? readMention(ctx, before) : null;
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

/** "local officials", "the Syrian army", "Syrian opposition aircraft monitors". */
function group(ctx: Context, words: Token[]): Mention | null {
  const core = dropDeterminers(words);
  const head = core[core.length - 1]?.lower ?? '';
  const kind = SPEAKER_HEADS[head];
  if (!kind || core.length > 6 || core.some((w) => /\d/.test(w.text))) return null;
  return makeMention(ctx, core, { form: 'group', name: surfaceOf(ctx.doc, core), kind });
}
