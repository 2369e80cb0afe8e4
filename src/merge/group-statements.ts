import { DISTINCTIVE_FIGURE, figureKey } from '../claims/same-figure.js';
import type { Candidate } from '../claims/types.js';
import type { Place } from '../types.js';

interface Statements {
  readonly members: number[];
  /** The locations every member named; empty when none names one. */
  readonly locations: Place[];
}

/**
 * Which candidates state the same claim: same kind, figure, magnitude and modality, and places
 * that do not contradict (two figures of five killed in two different towns are two claims).
 * A distinctive figure (a number of 100 or more) repeated with the same kind is the same claim
 * wherever the sentences place it: headlines and leads name the place differently.
 * Returns groups of candidate indexes in order of first mention.
 */
export function groupStatements(candidates: readonly Candidate[], places: readonly (readonly Place[])[]): number[][] {
  const groups: Statements[] = [];
  const byKey = new Map<string, Statements[]>();
  candidates.forEach((candidate, index) => {
    const key = `${figureKey(candidate)}|${candidate.modality}`;
    const locations = (places[index] ?? []).filter((p) => p.role === 'location');
    const sameKey = byKey.get(key) ?? [];
    const distinctive = candidate.count.vague === null && candidate.count.value >= DISTINCTIVE_FIGURE;
    const home = sameKey.find((group) => distinctive || agree(group.locations, locations));
    if (home) {
      home.members.push(index);
      home.locations.push(...locations);
      return;
    }
    const group = { members: [index], locations: [...locations] };
    sameKey.push(group);
    groups.push(group);
    byKey.set(key, sameKey);
  });
  return groups.map((group) => group.members);
}

function agree(a: readonly Place[], b: readonly Place[]): boolean {
  if (a.length === 0 || b.length === 0) return true;
  return a.some((p) => b.some((q) => samePlace(p, q)));
}

/** The same id, or one name inside the other: "Rakhine" and "western state of Rakhine". */
function samePlace(p: Place, q: Place): boolean {
  if (p.id !== null && p.id === q.id) return true;
  const [a, b] = [` ${p.key} `, ` ${q.key} `];
  return a.includes(b) || b.includes(a);
}
