import type { SpeakerKind } from '../types.js';
import type { KnownOrganization } from './types.js';

const KINDS: readonly SpeakerKind[] = ['person', 'organization', 'government', 'armed group', 'outlet'];

/**
 * Checks the `organizations` option: undefined, or an array of `{ name, kind, aliases? }`.
 * Returns the array itself (it is indexed once per array: pass the same array every call and
 * do not change it in between). Throws a TypeError naming the entry and what was expected.
 */
export function readOrganizations(value: unknown): readonly KnownOrganization[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) throw new TypeError(`extractClaims: expected option "organizations" to be an array, found ${typeof value}`);
  value.forEach((entry: unknown, i) => checkEntry(entry, `organizations[${i}]`));
  return value as readonly KnownOrganization[];
}

function checkEntry(entry: unknown, at: string): void {
  if (typeof entry !== 'object' || entry === null) throw new TypeError(`extractClaims: expected ${at} to be an object like { name, kind, aliases }, found ${entry === null ? 'null' : typeof entry}`);
  const { name, kind, aliases } = entry as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') throw new TypeError(`extractClaims: expected ${at}.name to be a non-empty string`);
  if (!KINDS.includes(kind as SpeakerKind)) throw new TypeError(`extractClaims: expected ${at}.kind to be one of ${KINDS.map((k) => `"${k}"`).join(', ')}, found ${JSON.stringify(kind) ?? typeof kind}`);
  if (aliases !== undefined && !(Array.isArray(aliases) && aliases.every((a) => typeof a === 'string'))) {
    throw new TypeError(`extractClaims: expected ${at}.aliases to be an array of strings`);
  }
}
