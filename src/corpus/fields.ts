import type { Claim, Period, Place, Speaker } from '../types.js';
import { withinADay } from './dates.js';
import { eitherContains, normaliseName } from './normalise.js';
import type { AnnotatedClaim, Annotation } from './types.js';

/** Whether the extracted speaker is one the annotation accepts; null when not judged. */
export function speakerAgrees(listed: AnnotatedClaim, speaker: Speaker | null, annotation: Annotation): boolean | null {
  if (listed.speaker === undefined) return null;
  const names = listed.speaker.filter((name): name is string => name !== null).map(normaliseName);
  const ownVoice = listed.speaker.includes(null);
  if (speaker === null) return ownVoice;
  const forms = speakerForms(speaker).map(normaliseName);
  if (forms.some((form) => names.includes(form))) return true;
  return ownVoice && annotation.source !== undefined && forms.includes(normaliseName(annotation.source));
}

/** Every name a speaker goes by: name, aliases, the organisation it speaks for, the outlet it told. */
export function speakerForms(speaker: Speaker): string[] {
  return [speaker.name, ...speaker.aliases, speaker.organization, speaker.via].filter((form): form is string => !!form);
}

/** Whether the extracted period is within a day of an acceptable reading; null when not judged. */
export function periodAgrees(listed: AnnotatedClaim, period: Period | null): boolean | null {
  if (listed.period === undefined) return null;
  const none = period === null || (period.start === null && period.end === null);
  if (listed.period === null || none) return listed.period === null && none;
  return listed.period.some((reading) => withinADay(period.start, reading.start) && withinADay(period.end, reading.end));
}

export interface PlaceCheck {
  /** Listed places that no extracted place matches. */
  readonly missed: readonly string[];
  readonly found: number;
  /** Extracted places that match neither a listed nor an optional place. */
  readonly wrong: readonly string[];
  readonly right: number;
}

/** Place recall and precision parts for one matched claim; null when the annotation lists no places. */
export function checkPlaces(listed: AnnotatedClaim, places: Claim['places']): PlaceCheck | null {
  if (listed.places === undefined) return null;
  const listedKeys = listed.places.map(normaliseName);
  const optionalKeys = (listed.placesOptional ?? []).map(normaliseName);
  const missed = listed.places.filter((_, i) => !places.some((place) => placeMatches(place, listedKeys.slice(i, i + 1))));
  const right = places.filter((place) => placeMatches(place, listedKeys)).length;
  const wrong = places.filter((place) => !placeMatches(place, listedKeys) && !placeMatches(place, optionalKeys));
  return { missed, found: listed.places.length - missed.length, wrong: wrong.map((place) => place.text), right };
}

/** Judged by the surface form, as written: a gazetteer name could hide a wrong resolution. */
function placeMatches(place: Place, keys: readonly string[]): boolean {
  const form = normaliseName(place.text);
  return keys.some((key) => eitherContains(form, key));
}
