import type { Claim, Period, Speaker } from '../types.js';
import type { AnnotatedClaim, DateBound } from './types.js';

/** "killed 5 (claims[1])" */
export function describeListed(claim: AnnotatedClaim, index: number): string {
  return `${claim.kind} ${claim.count} (claims[${index}])`;
}

/** 'killed 5 "five civilians were killed"' */
export function describeClaim(claim: Claim): string {
  const figure = claim.count.vague ?? claim.count.value;
  const mention = claim.mentions[0]?.text ?? claim.count.text;
  return `${claim.kind} ${figure} "${mention}"`;
}

export function describeSpeakers(claim: AnnotatedClaim): string {
  return (claim.speaker ?? []).map((name) => name ?? '(the article itself)').join(' | ');
}

export function describeSpeaker(speaker: Speaker | null): string {
  return speaker === null ? '(none)' : speaker.name;
}

export function describePeriods(claim: AnnotatedClaim): string {
  if (!claim.period) return '(no period)';
  return claim.period.map((reading) => `${bound(reading.start)} to ${bound(reading.end)}`).join(' | ');
}

export function describePeriod(period: Period | null): string {
  if (period === null || (period.start === null && period.end === null)) return '(no period)';
  return `${period.start ?? 'open'} to ${period.end ?? 'open'} "${period.text}"`;
}

function bound(value: DateBound | null): string {
  if (value === null) return 'open';
  return typeof value === 'string' ? value : `[${value[0]}, ${value[1]}]`;
}
