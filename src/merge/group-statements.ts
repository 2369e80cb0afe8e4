import type { Candidate } from '../claims/types.js';
import type { Place } from '../types.js';

/**
 * Which candidates state the same claim: same kind, figure, magnitude and modality, and places
 * that do not contradict (two figures of five killed in two different towns are two claims).
 * Returns groups of candidate indexes in order of first mention.
 */
export function groupStatements(candidates: readonly Candidate[], places: readonly (readonly Place[])[]): number[][] {
  const groups: number[][] = [];
  const byKey = new Map<string, number[][]>();
  candidates.forEach((candidate, index) => {
    const key = `${candidate.kind}|${candidate.count.value}|${candidate.count.vague ?? ''}|${candidate.modality}`;
    const sameKey = byKey.get(key) ?? [];
    const home = sameKey.find((group) => group.every((other) => placesAgree(places[other] ?? [], places[index] ?? [])));
    if (home) home.push(index);
    else {
      const group = [index];
      sameKey.push(group);
      groups.push(group);
      byKey.set(key, sameKey);
    }
  });
  return groups;
}

function placesAgree(a: readonly Place[], b: readonly Place[]): boolean {
  const locA = a.filter((p) => p.role === 'location');
  const locB = b.filter((p) => p.role === 'location');
  if (locA.length === 0 || locB.length === 0) return true;
  return locA.some((p) => locB.some((q) => p.key === q.key || (p.id !== null && p.id === q.id)));
}
