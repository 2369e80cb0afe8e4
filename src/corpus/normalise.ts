/** Case, accents, apostrophes, dots, hyphens and a leading "the" folded: "The Ma’arat al-Nu’man" → "maarat al numan", "U.N." → "un". */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['‘’ʼʻʽʾʿ`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

/** Whether one normalised form holds the other as whole words ("southern idlib" ⊇ "idlib"). */
export function eitherContains(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  const padA = ` ${a} `;
  const padB = ` ${b} `;
  return padA.includes(padB) || padB.includes(padA);
}
