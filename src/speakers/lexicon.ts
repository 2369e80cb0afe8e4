import { KNOWN_ORGANIZATIONS } from '../data/speakers/organizations.js';
import { KNOWN_OUTLETS } from '../data/speakers/outlets.js';
import { nameKey } from './keys.js';
import type { KnownOrganization } from './types.js';

/** Organisations by the key of every name they go by; an article's own acronyms added on top. */
export interface Lexicon {
  find(surface: string): KnownOrganization | undefined;
  /** The longest alias, in characters: no longer phrase needs looking up. */
  readonly longest: number;
  define(entry: KnownOrganization): void;
}

let builtIn: Map<string, KnownOrganization> | null = null;
const withUsers = new WeakMap<readonly KnownOrganization[], Map<string, KnownOrganization>>();

/** The built-in list plus the user's, indexed once per list; a fresh layer per document. */
export function createLexicon(userOrganizations: readonly KnownOrganization[] = []): Lexicon {
  const base = baseIndex(userOrganizations);
  const local = new Map<string, KnownOrganization>();
  let longest = 0;
  for (const key of base.keys()) longest = Math.max(longest, key.length);
  return {
    find: (surface) => {
      const key = nameKey(surface);
      return local.get(key) ?? base.get(key);
    },
    get longest() {
      return longest;
    },
    define: (entry) => {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) {
        local.set(nameKey(name), entry);
        longest = Math.max(longest, name.length);
      }
    },
  };
}

function baseIndex(userOrganizations: readonly KnownOrganization[]): Map<string, KnownOrganization> {
  builtIn ??= indexOrganizations([...KNOWN_ORGANIZATIONS, ...KNOWN_OUTLETS]);
  if (userOrganizations.length === 0) return builtIn;
  let index = withUsers.get(userOrganizations);
  if (!index) withUsers.set(userOrganizations, (index = new Map([...builtIn, ...indexOrganizations(userOrganizations)])));
  return index;
}

function indexOrganizations(list: readonly KnownOrganization[]): Map<string, KnownOrganization> {
  const index = new Map<string, KnownOrganization>();
  for (const entry of list) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) index.set(nameKey(name), entry);
  }
  return index;
}
