import type { Doc, Token } from '../document/index.js';
import type { SpeakerKind, Span } from '../types.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './types.js';
import { surfaceOf } from './words.js';

/** What the phrase readers need: the document and its organisations. */
export interface Context {
  readonly doc: Doc;
  readonly lexicon: Lexicon;
}

export function spanOf(doc: Doc, words: readonly Token[]): Span {
  const start = words[0]?.start ?? 0;
  const end = words[words.length - 1]?.end ?? start;
  return { start, end, text: doc.input.slice(start, end) };
}

export function makeMention(
  ctx: Context,
  words: readonly Token[],
  fields: { form: Mention['form']; name?: string; kind: SpeakerKind; role?: string | null; organization?: string | null; extraAliases?: readonly string[]; known?: boolean },
): Mention {
  return {
    span: spanOf(ctx.doc, words),
    form: fields.form,
    name: fields.name ?? surfaceOf(ctx.doc, words),
    kind: fields.kind,
    role: fields.role ?? null,
    organization: fields.organization ?? null,
    extraAliases: fields.extraAliases ?? [],
    known: fields.known ?? false,
  };
}
