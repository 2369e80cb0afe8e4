import type { Token } from '../document/index.js';
import { ADVERBIAL_OPENERS } from '../data/speakers/cues.js';
import { readApposition, type Apposition } from './apposition.js';
import type { Context } from './context.js';
import { readMention } from './mention.js';
import type { Mention } from './types.js';

export interface Subject {
  readonly mention: Mention;
  /** Index in the phrase of the subject's first word. */
  readonly firstWord: number;
  /** Whether a clause stands before the subject in the phrase ("Most people fled ..., OCHA said"). */
  readonly contentBefore: boolean;
}

const MAX_SPEAKER_WORDS = 8;

interface Part {
  readonly from: number;
  readonly words: Token[];
}

/**
 * The speaker in the words before a cue (or after it, `inverted`), split at commas: the last
 * part, or the part before an apposition ("Fatima Yousef, director of ..., told") or an
 * aside ("OCHA, in a statement, said").
 */
export function readSubject(ctx: Context, phrase: readonly Token[], inverted = false): Subject | null {
  const parts = commaParts(phrase);
  if (parts.length === 0) return null;
  if (inverted) return withApposition(ctx, parts, 0, parts[1]);
  let i = parts.length - 1;
  while (i > 0 && isAdverbial(parts[i] as Part) && !readMention(ctx, (parts[i] as Part).words)) i--;
  const last = parts[i] as Part;
  if (i > 0 && isAppositive(ctx, last)) {
    const named = withApposition(ctx, parts, i - 1, last);
    if (named && isWholeName(named.mention, parts[i - 1] as Part)) return named;
  }
  return withApposition(ctx, parts, i, undefined);
}

function withApposition(ctx: Context, parts: readonly Part[], index: number, apposition: Part | undefined): Subject | null {
  const part = parts[index] ? afterOpener(ctx, parts[index] as Part) : undefined;
  const mention = part ? readMention(ctx, part.words) : null;
  if (!part || !mention) return null;
  const said = apposition ? readApposition(ctx, apposition.words) : null;
  const contentBefore = parts.slice(0, index).some((p) => !isAdverbial(p));
  return { mention: said ? merge(mention, said) : mention, firstWord: part.from, contentBefore };
}

/** ", director of ...", ", who fled ...", ", a rescue group,": says something of the name before. */
function isAppositive(ctx: Context, part: Part): boolean {
  const first = part.words[0]?.lower ?? '';
  // "Amina, 34, said": an age
  const age = part.words.length === 1 && /^\d{1,3}$/.test(first);
  return age || first === 'a' || first === 'an' || readApposition(ctx, part.words) !== null;
}

/** "In a later statement it (said)": the speaker after an opening phrase with no comma. */
function afterOpener(ctx: Context, part: Part): Part {
  if (!isAdverbial(part)) return part;
  // a speaker after an opening phrase is short: "it", "the ministry", "UNHCR chief Filippo Grandi"
  for (let i = Math.max(1, part.words.length - MAX_SPEAKER_WORDS); i < part.words.length; i++) {
    const words = part.words.slice(i);
    if (!ADVERBIAL_OPENERS.has(words[0]?.lower ?? '') && readMention(ctx, words)) return { from: part.from + i, words };
  }
  return part;
}

/** Whether a part is just the name ("Fatima Yousef", "the White Helmets"), not a clause holding one. */
function isWholeName(mention: Mention, part: Part): boolean {
  const wordsBefore = part.words.filter((w) => w.end <= mention.span.start).length;
  return (mention.form === 'name' || mention.form === 'organization') && wordsBefore <= 2 && part.words.length <= MAX_SPEAKER_WORDS + 2;
}

function merge(mention: Mention, said: Apposition): Mention {
  if (mention.kind !== 'person') return mention;
  return { ...mention, role: mention.role ?? said.role, organization: mention.organization ?? said.organization };
}

function isAdverbial(part: Part): boolean {
  return ADVERBIAL_OPENERS.has(part.words[0]?.lower ?? '');
}

function commaParts(phrase: readonly Token[]): Part[] {
  const parts: Part[] = [];
  let from = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i < phrase.length && phrase[i]?.text !== ',') continue;
    if (i > from) parts.push({ from, words: phrase.slice(from, i) });
    from = i + 1;
  }
  return parts;
}
