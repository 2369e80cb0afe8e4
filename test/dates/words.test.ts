import { describe, expect, it } from 'vitest';
import { lowerWordsOf, wordTest } from '../../src/dates/words.js';

const speaksOfStrikes = wordTest(['shelling', 'air strike', 'barrel bomb', 'air strikes']);

describe('word tests', () => {
  it("finds 'air strikes' as a phrase in 'Two Air strikes hit the town', and a single word", () => {
    expect(speaksOfStrikes('Two Air strikes hit the town.')).toBe(true);
    expect(speaksOfStrikes(lowerWordsOf('Heavy shelling went on.'))).toBe(true);
  });

  it("does not find 'air strike' in 'the air. Strike' or 'air-strike', nor a phrase cut short at the end", () => {
    expect(speaksOfStrikes('They fled by air, and the strike ended.')).toBe(false);
    expect(speaksOfStrikes('an air-strike')).toBe(false);
    expect(speaksOfStrikes('a barrel')).toBe(false);
  });
});
