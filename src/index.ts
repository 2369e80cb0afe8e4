export { extractClaims } from './extract.js';
export { parseCount } from './counts/index.js';
export type {
  Claim,
  ClaimKind,
  Count,
  DatePrecision,
  ExtractOptions,
  Group,
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
