export { extractClaims } from './extract.js';
export { parseCount } from './counts/index.js';
export { Gazetteer, placeKey, resolvePlace, samePlace } from './places/index.js';
export type { GazetteerEntry, GazetteerOptions, PlaceInput, ResolveOptions, ResolvedPlace } from './places/index.js';
export { KNOWN_ORGANIZATIONS, KNOWN_OUTLETS } from './speakers/index.js';
export type {
  Claim,
  ClaimKind,
  Count,
  DatePrecision,
  ExtractOptions,
  Group,
  KnownOrganization,
  Measure,
  Modality,
  Period,
  Place,
  PlaceRole,
  Span,
  Speaker,
  SpeakerKind,
  VagueMagnitude,
} from './types.js';
export { closeWorkers, extractMany, type BatchOptions, type BatchText } from './batch/index.js';
