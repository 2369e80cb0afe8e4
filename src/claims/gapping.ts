import type { Doc, Token } from '../document/index.js';
import type { CountMatch } from '../counts/index.js';
import type { Pairing } from './build-candidate.js';
import { readCountedNoun } from './read-noun.js';

// "killed 20 people, including five children": a part shares the verb of its whole;
// "1,645,944 displaced people in Tigray, another 48,420 in Afar"
const LINKS = new Set(['and', ',', 'while', 'with', 'plus', 'including', 'another']);
const GAP_FOLLOWERS = new Set([
  'in', 'at', 'near', 'from', 'on', 'across', 'inside', 'outside', 'others', 'more', '.', ',', ';', 'and', 'were', 'was',
  // "896 in Donetsk and 811 elsewhere", "and about 2,000 to other countries"
  'elsewhere', 'to', 'into',
]);

/** "nearly 547,000 of them in Sindh", "600,000 of them are still living in camps": a part of the claim before. */
const PARTITIVES = new Set(['them', 'whom', 'those']);
const PART_FOLLOWERS = new Set([...GAP_FOLLOWERS, 'are', 'have', 'had', 'has', 'still', 'now', 'remain', 'live', 'living', 'staying']);

function partitiveEnd(tokens: readonly Token[], countEnd: number): number | null {
  return tokens[countEnd]?.lower === 'of' && PARTITIVES.has(tokens[countEnd + 1]?.lower ?? '') ? countEnd + 2 : null;
}

/**
 * A figure whose verb is shared with the claim before it: "three people were killed in
 * Talmenes and two in Aldier Alsharki" gives "two" the kind and group of "three".
 */
export function pairGapped(doc: Doc, sentence: number, count: CountMatch, previous: Pairing | null): Pairing | null {
  if (!previous || previous.trigger.first > count.firstToken) return null;
  const tokens = doc.tokens;
  if (!LINKS.has(tokens[count.firstToken - 1]?.lower ?? '')) return null;
  const bounds = doc.sentences[sentence];
  const noun = readCountedNoun(tokens, count.endToken, bounds?.endToken ?? count.endToken);
  if (noun.notPeople) return null;
  const part = partitiveEnd(tokens, count.endToken);
  const after = noun.head === null ? part ?? noun.end : noun.end;
  const next = tokens[after]?.lower;
  const followers = part === null ? GAP_FOLLOWERS : PART_FOLLOWERS;
  if (next !== undefined && after < (bounds?.endToken ?? 0) && !followers.has(next)) return null;
  const own = noun.head !== null;
  return {
    count,
    trigger: previous.trigger,
    position: previous.position,
    group: own ? noun.group : previous.group,
    groupSpan: own ? previous.groupSpan : null,
    rule: 'claims/gapping',
    confidence: 0.75,
  };
}
