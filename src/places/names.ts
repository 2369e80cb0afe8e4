import { NOT_PLACE_WORDS } from '../data/places/words.js';

/** A capitalised name in a sentence, offsets relative to the text searched. */
export interface NameSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Capitalised words joined by spaces, hyphens or a lower-case article: "Ma'arat al-Nu'man",
// "Maarat al Numan", "Deir ez-Zor", "al-Bab", "Khan-Sheikhoun". A literal, so the regex audit
// can check it; the articles are al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut.
const NAME =
  /(?<![\p{L}\p{M}'-])(?:(?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)-)?'?\p{Lu}[\p{L}\p{M}']*(?:(?: (?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)[- ]|-(?:al|el|an|ad|adh|ar|as|ash|at|ath|az|ed|en|er|es|esh|et|ez|ul|ud|ur|us|ut)-| |-)'?\p{Lu}[\p{L}\p{M}']*)*/gu;

/** Every capitalised name, leading words that begin no place ("President", "December") dropped. */
export function findNames(text: string): NameSpan[] {
  const names: NameSpan[] = [];
  for (const match of text.matchAll(NAME)) {
    let start = match.index;
    let value = match[0].replace(/'s?$/, '');
    while (start < match.index + value.length) {
      const first = /^[^\s-]+/.exec(value.slice(start - match.index))?.[0] ?? '';
      if (!NOT_PLACE_WORDS.has(first.replace(/'$/, ''))) break;
      start += first.length + 1;
    }
    value = value.slice(start - match.index);
    if (value && !isAcronymOrNumber(value) && !containsNonPlaceWord(value)) names.push({ start, end: start + value.length, text: value });
  }
  return names;
}

function containsNonPlaceWord(name: string): boolean {
  return name.split(/[\s-]+/).some((word) => NOT_PLACE_WORDS.has(word));
}

// "OCHA", "UNHCR" are organisations; the country acronyms ("US", "DRC") are read as countries elsewhere
function isAcronymOrNumber(name: string): boolean {
  return /^[A-Z.]{2,6}$/.test(name) && !/^(?:US|U\.S\.|UK|U\.K\.|UAE|DRC|CAR)$/.test(name);
}
