import type { Token } from '../document/index.js';
import { AFFILIATION_WORDS, DETERMINERS, ROLE_WORDS } from '../data/speakers/nouns.js';
import type { Context } from './context.js';
import { findKnown } from './known.js';
import { organizationName } from './mention.js';
import { roleAt } from './persons.js';

export interface Apposition {
  readonly role: string | null;
  readonly organization: string | null;
}

const RELATIVES = new Set(['who', 'whose', 'whom']);

/**
 * What a phrase set off by commas after a name says of that person: "director of the Darfur
 * Relief Network", "a spokesman for OCHA", "an OCHA official", "who fled Kadugli" (nothing).
 * Null when the phrase is no apposition.
 */
export function readApposition(ctx: Context, words: readonly Token[]): Apposition | null {
  let from = 0;
  while (from < words.length && DETERMINERS.has(words[from]?.lower ?? '')) from++;
  const core = words.slice(from);
  if (RELATIVES.has(core[0]?.lower ?? '')) return { role: null, organization: null };
  if (core.length > 14) return null;
  const r = core.findIndex((w, i) => i < 4 && ROLE_WORDS.has(w.lower));
  if (r < 0) return null;
  const known = findKnown(ctx, core);
  if (known) return { role: roleAt(core, r), organization: known.entry.name };
  const affiliation = core.findIndex((w, i) => i > r && AFFILIATION_WORDS.has(w.lower));
  const organization = affiliation > 0 ? organizationName(ctx, core.slice(affiliation + 1)) : null;
  return { role: roleAt(core, r), organization };
}
