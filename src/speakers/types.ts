import type { SpeakerKind, Span } from '../types.js';

export type { KnownOrganization } from '../types.js';

/** What a phrase in speaker position names, before chains join phrases into speakers. */
export interface Mention {
  readonly span: Span;
  readonly form: 'name' | 'organization' | 'pronoun' | 'description' | 'group';
  /** The name as written, or the canonical name of a known organisation. */
  readonly name: string;
  readonly kind: SpeakerKind;
  readonly role: string | null;
  readonly organization: string | null;
  /** Other surface forms this phrase gives for the same speaker ("(OCHA)"). */
  readonly extraAliases: readonly string[];
  /** True when `name` comes from the list of known organisations. */
  readonly known: boolean;
}

/** One attribution in one sentence: who, by which cue, and which way its clause lies. */
export interface Frame {
  readonly sentence: number;
  /** From the first to the last character of the cue and its speaker phrase. */
  readonly start: number;
  readonly end: number;
  readonly mention: Mention;
  /** 'forward': "X said that ..."; 'backward': "..., X said"; 'sentence': the whole sentence. */
  readonly direction: 'forward' | 'backward' | 'sentence';
  /** The outlet the speaker talked to ("told Radio Dabanga"), as written. */
  readonly via: Mention | null;
  readonly rule: string;
}

/** One speaker: every mention that names it, joined. */
export interface Entity {
  readonly id: number;
  name: string;
  kind: SpeakerKind;
  role: string | null;
  organization: string | null;
  readonly aliases: string[];
  via: string | null;
  readonly known: boolean;
}
