import { KNOWN_ORGANIZATIONS } from '../data/speakers/organizations.js';
import { SPEECH_AFTER_PLACE, SPEECH_BEFORE_PLACE } from '../data/places/venues.js';
import type { Mention } from './mentions.js';

const VENUE_WINDOW = 40;

/**
 * Whether a mention names no place of the claim: an organisation or armed group that reads as
 * a name ("the Hamas attack", "Hamas-run territory"), or the seat of the one who gives the
 * figure ("the ministry in Sanaa says", "told reporters in Geneva"). Reads a window around it.
 */
export function isNotClaimPlace(sentence: string, mention: Mention): boolean {
  if (mention.kind === 'name' && organizationNames().has(mention.query)) return true;
  const after = sentence.slice(mention.end, mention.end + VENUE_WINDOW);
  const before = sentence.slice(Math.max(0, mention.start - VENUE_WINDOW), mention.start);
  return SPEECH_AFTER_PLACE.test(after) || SPEECH_BEFORE_PLACE.test(before);
}

let organizations: ReadonlySet<string> | null = null;

/** The names and aliases of the known organisations and armed groups, built on first use. */
function organizationNames(): ReadonlySet<string> {
  organizations ??= new Set(KNOWN_ORGANIZATIONS.flatMap((known) => [known.name, ...(known.aliases ?? [])]));
  return organizations;
}
