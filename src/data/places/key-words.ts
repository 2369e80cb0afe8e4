/**
 * Words the key treats specially. Data only: the rules that use them are in places/key.ts.
 */

/** The Arabic article and its assimilated forms, as a separate word ("al-", "ash-", "ez "). */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al', 'el', 'il', 'ul', 'l',
  'an', 'ad', 'adh', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ach',
  'en', 'ed', 'edh', 'er', 'es', 'esh', 'et', 'eth', 'ez', 'ech',
  'ud', 'ur', 'us', 'ut', 'uz', 'un', 'ush',
]);

/**
 * Words romanised by translation in some sources and transliterated in others:
 * "Eastern Deir" = "Deir al-Sharqi". The value is the transliteration; both sides then fold alike.
 */
export const TRANSLATED_WORDS: ReadonlyMap<string, string> = new Map([
  ['east', 'sharqi'], ['eastern', 'sharqi'],
  ['west', 'gharbi'], ['western', 'gharbi'],
  ['north', 'shamali'], ['northern', 'shamali'], ['shamal', 'shamali'],
  ['south', 'janubi'], ['southern', 'janubi'], ['janub', 'janubi'],
  ['upper', 'fawqani'], ['lower', 'tahtani'],
  ['new', 'jadid'], ['old', 'qadim'],
  ['big', 'kabir'], ['great', 'kabir'], ['greater', 'kabir'], ['grand', 'kabir'],
  ['small', 'saghir'], ['little', 'saghir'], ['lesser', 'saghir'],
]);

/**
 * Letters of a key that romanisations put for one another, beyond what the key already folds:
 * Slavic h/g (Chernihiv, Chernigov), Cyrillic в as v/w/b, voiced and voiceless pairs, Egyptian
 * g for j, ẓ as z or d. A near key may differ by one of these at half the cost of another letter.
 */
export const CONFUSABLE_LETTERS: readonly string[] = ['hg', 'hk', 'kg', 'td', 'sz', 'sx', 'zd', 'zj', 'jg', 'bp', 'fp', 'fv', 'vb'];

/** Letters a near key may add or drop at half cost: the h of kh/sh spellings, the vowel mark. */
export const LIGHT_LETTERS = 'ha';
