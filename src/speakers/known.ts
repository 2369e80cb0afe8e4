import type { Token } from '../document/index.js';
import { ROLE_WORDS } from '../data/speakers/nouns.js';
import { type Context, makeMention } from './context.js';
import type { KnownOrganization, Mention } from './types.js';
import { nameWordsEnd, roleAt } from './persons.js';

export interface KnownAt {
  readonly entry: KnownOrganization;
  readonly from: number;
  readonly to: number;
}

/** The leftmost, then longest, run of words that names a known organisation. */
export function findKnown(ctx: Context, words: readonly Token[]): KnownAt | null {
  const longest = ctx.lexicon.longest + 8;
  for (let from = 0; from < words.length; from++) {
    if (!ctx.lexicon.startsName(words[from]?.text ?? '')) continue;
    const start = words[from]?.start ?? 0;
    for (let to = words.length; to > from; to--) {
      const end = words[to - 1]?.end ?? 0;
      if (end - start > longest || !/[\p{L}\p{N}]/u.test(words[to - 1]?.text ?? '')) continue;
      const entry = ctx.lexicon.find(ctx.doc.text.slice(start, end));
      if (entry && !isModifier(words, to)) return { entry, from, to };
    }
  }
  return null;
}

const MODIFIER_PARTICIPLES = new Set(['run', 'backed', 'led', 'controlled', 'affiliated', 'aligned', 'allied', 'held', 'based', 'funded', 'linked', 'appointed']);

/** "the Hamas-run health ministry": the organisation only qualifies the speaker after it. */
function isModifier(words: readonly Token[], to: number): boolean {
  return words[to]?.text === '-' && MODIFIER_PARTICIPLES.has(words[to + 1]?.lower ?? '') && to + 2 < words.length;
}

/**
 * A phrase around a known organisation: the organisation itself ("the UN refugee agency"),
 * someone speaking for it by role ("a spokesman for OCHA") or by name ("OCHA spokesman Jens Laerke").
 */
export function knownOrganizationMention(ctx: Context, words: readonly Token[], found: KnownAt, extra: readonly string[]): Mention {
  const { entry, from, to } = found;
  const written = ctx.doc.input.slice(words[from]?.start ?? 0, words[to - 1]?.end ?? 0).replace(/^the\s+/i, '');
  const aliases = [written, ...extra];
  const after = words.slice(to);
  const roleIndex = lastIndexWhere(after, (w) => ROLE_WORDS.has(w.lower));
  if (roleIndex >= 0 && nameWordsEnd(after, roleIndex + 1) === after.length && after.length > roleIndex + 1) {
    const name = after.slice(roleIndex + 1);
    return makeMention(ctx, name, { form: 'name', kind: 'person', role: roleAt(after, roleIndex), organization: entry.name });
  }
  const roleBefore = words.slice(0, from).findIndex((w) => ROLE_WORDS.has(w.lower));
  const role = roleIndex >= 0 ? roleAt(after, roleIndex) : roleBefore >= 0 ? roleAt(words, roleBefore) : null;
  return makeMention(ctx, words.slice(from, to), { form: 'organization', name: entry.name, kind: entry.kind, role, extraAliases: aliases, known: true });
}

function lastIndexWhere(words: readonly Token[], test: (w: Token) => boolean): number {
  for (let i = words.length - 1; i >= 0; i--) if (test(words[i] as Token)) return i;
  return -1;
}
