import { createRequire } from 'node:module';
import type { Doc } from './types.js';

/** The part of compromise's API the library uses; its own types pull in its whole world. */
export interface TermTags {
  readonly text: string;
  readonly tags: readonly string[];
}

type Nlp = (text: string) => { json: (opts: object) => { terms: { text: string; tags: string[] }[] }[] };

let nlp: Nlp | null = null;
const cache = new WeakMap<Doc, Map<number, TermTags[]>>();

/**
 * compromise's part-of-speech tags for one sentence, parsed once per document and sentence.
 * compromise is loaded on first use (it costs ~190 ms) and only its read-only `nlp(text)` call
 * is made: never `plugin`, `addWords` or a lexicon argument, which would change its global world
 * for every other user of compromise in the process.
 */
export function sentenceTags(doc: Doc, sentence: number): TermTags[] {
  let perDoc = cache.get(doc);
  if (!perDoc) cache.set(doc, (perDoc = new Map()));
  const found = perDoc.get(sentence);
  if (found) return found;
  const text = doc.sentences[sentence]?.text ?? '';
  const terms = loadCompromise()(text).json({ terms: { tags: true } }).flatMap((s) => s.terms);
  const tags = terms.map((t) => ({ text: t.text, tags: t.tags }));
  perDoc.set(sentence, tags);
  return tags;
}

function loadCompromise(): Nlp {
  // the CJS build loads in half the time of the ESM one, and keeps extractClaims synchronous
  nlp ??= createRequire(import.meta.url)('compromise/two') as Nlp;
  return nlp;
}
