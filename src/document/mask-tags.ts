const MAX_TAG = 2000;

/**
 * Blanks HTML tags and comments with spaces of the same length, in one pass: a "<" starts a tag
 * when a letter or "/" follows and a ">" closes it before the next "<" (within 2,000 characters);
 * "<!--" starts a comment that "-->" closes. Written as a scan, not a regular expression, so that
 * text full of unclosed "<" or "<!--" still costs linear time.
 */
export function maskTags(text: string): string {
  if (!text.includes('<')) return text;
  const out: string[] = [];
  let copied = 0;
  let nextClose = -1;
  let nextOpen = -1;
  let commentsClosed = true;
  for (let i = text.indexOf('<'); i >= 0 && i < text.length; i = text.indexOf('<', i + 1)) {
    const end = tagEnd(i);
    if (end < 0) continue;
    out.push(text.slice(copied, i), ' '.repeat(end - i));
    copied = end;
    i = end - 1;
  }
  out.push(text.slice(copied));
  return out.join('');

  function tagEnd(i: number): number {
    if (text.startsWith('<!--', i)) {
      if (!commentsClosed) return -1;
      const close = text.indexOf('-->', i + 4);
      // once a comment never closes, no later one can
      commentsClosed = close >= 0;
      return close >= 0 ? close + 3 : -1;
    }
    if (!/[A-Za-z/]/.test(text[i + 1] ?? '')) return -1;
    if (nextClose !== -2 && nextClose <= i) nextClose = text.indexOf('>', i) >= 0 ? text.indexOf('>', i) : -2;
    if (nextOpen !== -2 && nextOpen <= i) nextOpen = text.indexOf('<', i + 1) >= 0 ? text.indexOf('<', i + 1) : -2;
    if (nextClose < 0) return -1;
    const beforeNextOpen = nextOpen < 0 || nextClose < nextOpen;
    return beforeNextOpen && nextClose - i <= MAX_TAG ? nextClose + 1 : -1;
  }
}
