// Character-code tests for the hand-written scans of later stages, which read text by code unit
// where a regex per character would cost too much.

/** Whether a UTF-16 unit is in a regex's `\s`: the ASCII spaces, and those of Unicode's Zs and line separators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether a UTF-16 unit is an ASCII letter, `[A-Za-z]`. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}
