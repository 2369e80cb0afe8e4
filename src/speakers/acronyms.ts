import type { Doc } from '../document/index.js';
import { SPEAKER_HEADS } from '../data/speakers/nouns.js';
import type { Lexicon } from './lexicon.js';
import type { KnownOrganization } from './types.js';
import { isCapitalized } from './words.js';

// tried at each "(" found by indexOf: a regex search of the whole text costs twenty times more
const DEFINITION = /\(([A-Z][A-Za-z0-9&]{1,9})\)/y;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'in', 'de', 'al', '&', '-', "'s", "'"]);

/**
 * Acronyms the article defines: "the Darfur Relief Network (DRN)". A known acronym gains
 * the long form as an alias; an unknown one becomes an organisation of this document.
 */
export function defineAcronyms(doc: Doc, lexicon: Lexicon): void {
  for (let at = doc.text.indexOf('('); at >= 0; at = doc.text.indexOf('(', at + 1)) {
    DEFINITION.lastIndex = at;
    const acronym = DEFINITION.exec(doc.text)?.[1];
    if (!acronym) continue;
    const longForm = longFormBefore(doc, at, acronym);
    if (!longForm) continue;
    const byAcronym = lexicon.find(acronym);
    const byLongForm = lexicon.find(longForm);
    if (byAcronym && byLongForm) continue;
    const owned = byAcronym || byLongForm ? null : ownedProgramme(longForm, lexicon);
    if (owned) {
      lexicon.define({ name: owned.owner.name, kind: owned.owner.kind, aliases: [acronym, longForm, owned.programme] });
      continue;
    }
    const known = byAcronym ?? byLongForm;
    if (known) lexicon.define({ name: known.name, kind: known.kind, aliases: [acronym, longForm] });
    else lexicon.define({ name: longForm, kind: kindOfName(longForm), aliases: [acronym] });
  }
}

/** "IOM's Displacement Tracking Matrix": a programme named as a known organisation's is that organisation's. */
function ownedProgramme(longForm: string, lexicon: Lexicon): { owner: KnownOrganization; programme: string } | null {
  const words = longForm.split(' ');
  const at = words.findIndex((w) => /['’]s?$/.test(w));
  if (at < 0 || at === words.length - 1) return null;
  const owner = lexicon.find(words.slice(0, at + 1).join(' ').replace(/['’]s?$/, ''));
  return owner ? { owner, programme: words.slice(at + 1).join(' ') } : null;
}

/** The capitalised run just before "(", when the acronym's letters are its initials in order. */
function longFormBefore(doc: Doc, parenthesis: number, acronym: string): string | null {
  const end = lastTokenBefore(doc, parenthesis);
  let first = end + 1;
  for (let t = end; t >= 0 && end - t < 16; t--) {
    const token = doc.tokens[t];
    if (!token) break;
    if (token.text.trim() === '') continue;
    if (isCapitalized(token)) first = t;
    else if (!CONNECTORS.has(token.lower)) break;
  }
  if (first > end) return null;
  const text = doc.input.slice(doc.tokens[first]?.start ?? 0, doc.tokens[end]?.end ?? 0).replace(/^the\s+/i, '');
  return initialsContain(text, acronym) ? text : null;
}

function lastTokenBefore(doc: Doc, offset: number): number {
  let lo = 0;
  let hi = doc.tokens.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((doc.tokens[mid]?.end ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  while (lo > 0 && doc.tokens[lo]?.text.trim() === '') lo--;
  return lo;
}

function initialsContain(longForm: string, acronym: string): boolean {
  const initials = longForm.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]?.toUpperCase()).join('');
  const letters = acronym.toUpperCase().replace(/[^A-Z]/g, '');
  let i = 0;
  for (const c of initials) if (c === letters[i]) i++;
  return letters.length >= 2 && i === letters.length;
}

function kindOfName(name: string) {
  const head = name.split(/\s+/).pop()?.toLowerCase() ?? '';
  return SPEAKER_HEADS[head] ?? 'organization';
}
