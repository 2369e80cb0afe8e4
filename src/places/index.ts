/**
 * The places stage: each claim's places with their roles, resolved against a gazetteer, and
 * the matching across transliterations that users can call themselves.
 */
export { assignPlaces, type AssignPlacesOptions } from './assign.js';
export { samePlace } from './same.js';
export { resolvePlace, type ResolveOptions, type ResolvedPlace } from './resolve.js';
export { placeKey } from './key.js';
export { Gazetteer, type GazetteerOptions } from './gazetteer.js';
export type { GazetteerEntry } from './entry.js';
export type { PlaceInput } from './memory.js';
