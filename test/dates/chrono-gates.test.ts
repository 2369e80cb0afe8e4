import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GATED_PARSERS, gatedCasualChrono } from '../../src/dates/chrono-parsers.js';

const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
const gated = gatedCasualChrono(en);
const REFERENCE = new Date(2020, 0, 3, 12);

/** What a parse gives, in a form two parses can be compared by. */
function parsed(chrono: typeof en.casual, text: string): unknown[] {
  return chrono.parse(text, REFERENCE).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null, tags: [...r.tags()].sort() }));
}

// sentences where a gated parser finds something, or its result merges with or hides a calendar date
const SENTENCES = [
  'Three days after Dec. 22, 2019, some 40,000 people had fled.',
  'Two weeks later, on Tuesday, five more people died.',
  'The strike came a few hours ago, officials said on Thurs. 2 January.',
  '2 days before 1 May 2020, a couple  of  weeks earlier than planned.',
  'Aid will arrive this weekend or next Monday, three months from now.',
  'Some 5,000 people fled between December 12 and 25.',
  'The attack on the night of 10 to 11 September killed 12 people.',
];

describe("chrono's casual parser, gated", () => {
  it('still has every parser it gates in chrono-node/en (a renamed parser would run ungated)', () => {
    const names = en.configuration.createCasualConfiguration().parsers.map((p) => p.constructor.name);
    for (const name of GATED_PARSERS) expect(names).toContain(name);
  });

  it.each(SENTENCES)("reads '%s' exactly as chrono's casual parser does", (sentence) => {
    const expected = parsed(en.casual, sentence);
    expect(expected.length).toBeGreaterThan(0);
    expect(parsed(gated, sentence)).toEqual(expected);
  });

  it("finds 'two weeks later' and 'last Tuesday' through the gated parsers", () => {
    expect(parsed(gated, 'Two weeks later, they left.')).toHaveLength(1);
    expect(parsed(gated, 'They left last Tuesday.')).toHaveLength(1);
  });
});
