/**
 * Lower-case words that end a place's name before a bracketed figure: "the Mek'ele zone
 * (200,909)", "Gedaref State (12,000)". Any capitalised word before the bracket is a place too.
 */
export const PLACE_ENDINGS: ReadonlySet<string> = new Set([
  'zone', 'region', 'state', 'province', 'district', 'governorate', 'county', 'city', 'town', 'camp', 'area', 'oblast',
  'department', 'prefecture', 'municipality', 'woreda', 'locality', 'island', 'valley', 'strip', 'bank',
]);

/** Words that list places after the claim's noun: "including Tobruk (1,320) and Benghazi (730)". */
export const LIST_LINKS: ReadonlySet<string> = new Set([',', 'and', 'or', 'including', 'included', 'include', 'includes', ';']);
