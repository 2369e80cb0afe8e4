import type { Token } from '../document/index.js';
import { ADVERBIAL_OPENERS } from '../data/speakers/cues.js';
import { NAME_PARTICLES, ORGANIZATION_NAME_HEADS, ROLE_WORDS, SPEAKER_HEADS, TITLE_WORDS } from '../data/speakers/nouns.js';
import { type Context, makeMention } from './context.js';
import type { Mention } from './types.js';
import { isCapitalized } from './words.js';

/** Capitalised only because they open a sentence: "In a statement it said". */
const NOT_NAMES = new Set([...ADVERBIAL_OPENERS, 'it', 'he', 'she', 'they', 'we', 'this', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'a', 'an', 'some', 'any', 'each', 'every', 'another', 'such', 'many', 'several', 'most']);
const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', '&', "'s"]);

/** Where a run of name words ("Fatima Yousef") starting at `from` ends. */
export function nameWordsEnd(words: readonly Token[], from: number): number {
  let end = from;
  while (end < words.length) {
    const word = words[end];
    if (!word || !(isNameWord(word) || (NAME_PARTICLES.has(word.lower) && end > from))) break;
    end++;
  }
  while (end > from && !isNameWord(words[end - 1])) end--;
  return end;
}

function isNameWord(word: Token | undefined): boolean {
  return !!word && isCapitalized(word) && !ROLE_WORDS.has(word.lower) && /\p{L}/u.test(word.text);
}

/** The role at `index`, with a role word before it: "deputy director", "prime minister". */
export function roleAt(words: readonly Token[], index: number): string {
  const word = words[index]?.lower ?? '';
  const before = words[index - 1]?.lower ?? '';
  if (before === '-' && ROLE_WORDS.has(words[index - 2]?.lower ?? '')) return `${words[index - 2]?.lower}-${word}`;
  return ROLE_WORDS.has(before) || before === 'prime' || before === 'foreign' ? `${before} ${word}` : word;
}

/**
 * A person named after a role or title: "Kenyan President William Ruto", "Gaza health
 * ministry spokesman Ashraf al-Qudra" (the words before the role name the organisation when
 * they end in an organisation's head noun), "Dr. Ahmed Saleh".
 */
export function titledPersonMention(ctx: Context, words: readonly Token[], organizationOf: (words: readonly Token[]) => string | null): Mention | null {
  for (let r = words.length - 2; r >= 0; r--) {
    const word = words[r];
    if (!word || !(ROLE_WORDS.has(word.lower) || TITLE_WORDS.has(word.lower.replace('.', '')))) continue;
    const nameStart = words[r + 1]?.text === '.' ? r + 2 : r + 1;
    if (nameWordsEnd(words, nameStart) !== words.length || nameStart >= words.length) return null;
    const name = words.slice(nameStart);
    if (ORGANIZATION_NAME_HEADS.has(name[name.length - 1]?.lower ?? '')) return null;
    const role = TITLE_WORDS.has(word.lower.replace('.', '')) ? null : roleAt(words, r);
    return makeMention(ctx, name, { form: 'name', kind: 'person', role, organization: organizationOf(words.slice(0, r)) });
  }
  return null;
}

/**
 * A capitalised name: a person's ("Fatima Yousef", "Yousef") or an organisation's when it
 * ends in an organisation's head noun or joins words with "of" ("Ministry of Health").
 */
export function capitalizedNameMention(ctx: Context, words: readonly Token[]): Mention | null {
  const first = words[0];
  if (!first || !isCapitalized(first) || NOT_NAMES.has(first.lower)) return null;
  // "Residents of Derna said": a common noun capitalised at the sentence's start
  if (SPEAKER_HEADS[first.lower] === 'person') return null;
  let sawConnector = false;
  let head: string | null = null;
  for (const word of words) {
    if (ORGANIZATION_NAME_HEADS.has(word.lower) && isCapitalized(word)) head = word.lower;
    if (isCapitalized(word) || NAME_PARTICLES.has(word.lower)) continue;
    if (!NAME_CONNECTORS.has(word.lower)) return null;
    sawConnector = true;
  }
  if (!isCapitalized(words[words.length - 1] ?? first)) return null;
  if (head || sawConnector) {
    return makeMention(ctx, words, { form: 'name', kind: (head && SPEAKER_HEADS[head]) || 'organization' });
  }
  return makeMention(ctx, words, { form: 'name', kind: 'person' });
}
