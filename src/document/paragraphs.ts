/** Where each paragraph starts: at the text's start and after every blank line. */
export function paragraphStarts(text: string): number[] {
  const starts = [0];
  const blank = /\n[ \t\r]*\n\s*/g;
  for (let m = blank.exec(text); m; m = blank.exec(text)) {
    if (m.index + m[0].length < text.length) starts.push(m.index + m[0].length);
  }
  return starts;
}

/**
 * Whether a single line break at `at` ends a sentence. A break inside a hard-wrapped sentence
 * ("fled their homes in\nrebel-held Syria") does not; a headline or bullet line does.
 */
export function lineBreakEndsSentence(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && /[ \t\r]/.test(text[before] ?? '')) before--;
  let after = at + 1;
  while (after < text.length && /[ \t\r]/.test(text[after] ?? '')) after++;
  const last = text[before] ?? '';
  const next = text[after] ?? '';
  const wrapped = /[a-z,;]/.test(last) && /[a-z0-9(]/.test(next);
  return !wrapped;
}
