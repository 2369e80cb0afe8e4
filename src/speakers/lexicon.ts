import { KNOWN_ORGANIZATIONS } from '../data/speakers/organizations.js';
import { KNOWN_OUTLETS } from '../data/speakers/outlets.js';
import { firstWordKey, nameKey } from './keys.js';
import type { KnownOrganization } from './types.js';

/** Organisations by the key of every name they go by; an article's own acronyms added on top. */
export interface Lexicon {
  find(surface: string): KnownOrganization | undefined;
  /** Whether some name starts with this word: only there is a longer look-up worth making. */
  startsName(word: string): boolean;
  /** The longest name, in characters: no longer phrase needs looking up. */
  readonly longest: number;
  define(entry: KnownOrganization): void;
}

interface Index {
  readonly byKey: Map<string, KnownOrganization>;
  readonly firstWords: Set<string>;
  longest: number;
}

let builtIn: Index | null = null;
const withUsers = new WeakMap<readonly KnownOrganization[], Index>();

/** The built-in list plus the user's, indexed once per list; a fresh layer per document. */
export function createLexicon(userOrganizations: readonly KnownOrganization[] = []): Lexicon {
  return new DocumentLexicon(baseIndex(userOrganizations));
}

// a class, not an object literal with a getter made per call: see places/context.ts
class DocumentLexicon implements Lexicon {
  private readonly local: Index = { byKey: new Map(), firstWords: new Set(), longest: 0 };

  constructor(private readonly base: Index) {}

  find(surface: string): KnownOrganization | undefined {
    const key = nameKey(surface);
    return this.local.byKey.get(key) ?? this.base.byKey.get(key);
  }

  startsName(word: string): boolean {
    const key = firstWordKey(word);
    return this.base.firstWords.has(key) || this.local.firstWords.has(key);
  }

  get longest(): number {
    return Math.max(this.base.longest, this.local.longest);
  }

  define(entry: KnownOrganization): void {
    addEntry(this.local, entry);
  }
}

function baseIndex(userOrganizations: readonly KnownOrganization[]): Index {
  builtIn ??= indexOf([...KNOWN_ORGANIZATIONS, ...KNOWN_OUTLETS]);
  if (userOrganizations.length === 0) return builtIn;
  let index = withUsers.get(userOrganizations);
  if (!index) withUsers.set(userOrganizations, (index = indexOf([...KNOWN_ORGANIZATIONS, ...KNOWN_OUTLETS, ...userOrganizations])));
  return index;
}

/** Later entries win a shared name: a user's entry overrides a built-in one. */
function indexOf(list: readonly KnownOrganization[]): Index {
  const index: Index = { byKey: new Map(), firstWords: new Set(), longest: 0 };
  for (const entry of list) addEntry(index, entry);
  return index;
}

function addEntry(index: Index, entry: KnownOrganization): void {
  for (const name of [entry.name, ...(entry.aliases ?? [])]) {
    const key = nameKey(name);
    if (!key) continue;
    index.byKey.set(key, entry);
    index.firstWords.add(firstWordKey(key.split(' ')[0] ?? ''));
    index.longest = Math.max(index.longest, name.length);
  }
}
