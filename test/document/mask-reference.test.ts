import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskText } from '../../src/document/index.js';

// maskText replaces characters and finds long runs in one hand-written scan; this is what it
// must equal, written the plain way: one regex replace, then every run of over 80 characters
// without a space blanked (on text with no tags or entities, which maskText handles first).
const REPLACED: ReadonlyArray<[RegExp, (c: string) => string]> = [
  [/[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff]/g, () => ' '],
  [/[\u2018\u2019\u201a\u201b\u2032\u02bc\u02bf\u02be\u0060]/g, () => "'"],
  [/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g, () => '"'],
  [/[\u2010-\u2015\u2212]/g, () => '-'],
  [/[\u2022]/g, () => '\u00b7'],
  [/[\u066b\u066c]/g, (c) => (c === '\u066c' ? ',' : '.')],
  [/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.charCodeAt(0) - 0x0660) % (0x06f0 - 0x0660))],
];

function reference(text: string): string {
  const replaced = REPLACED.reduce((t, [chars, to]) => t.replace(chars, to), text);
  return replaced.replace(/\S{81,}/g, (run) => ' '.repeat(run.length));
}

const pieces = fc.oneof(
  fc.constantFrom('x', 'word', 'Idlib', ' ', '\n', '\t', '\u00a0', '\u200b', '\u2060', '\u3000', '\u2019', '\u201c', '\u2013', '\u2212', '\u2022', '`', '\u066c', '\u0663', '\u06f5', '\u00e9', 'é'),
  fc.string({ maxLength: 6 }),
  fc.integer({ min: 70, max: 90 }).map((n) => 'q'.repeat(n)),
);

describe('maskText against a two-pass reference', () => {
  it('gives what a regex replace and then blanking runs of over 80 characters give, on random text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('').replace(/[<&]/g, '.');
        expect(maskText(text)).toBe(reference(text));
      }),
      { numRuns: 500 },
    );
  });
});
