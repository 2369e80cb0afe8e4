import { describe, expect, it } from 'vitest';
import { isPersonName } from '../../src/document/index.js';

describe("compromise's lexicon of first and last names", () => {
  it.each(['Sarah', 'Ahmed', 'Mohammed', 'Sergei', 'Fatima', 'Smith', 'Putin'])('knows %s as a name', (word) => {
    expect(isPersonName(word)).toBe(true);
  });

  it.each(['Oxfam', 'UNICEF', 'Reuters', 'Hamas', 'Israel', 'Officials', 'Reports', 'Hallaj', 'constructor', '__proto__'])('does not know %s as a name', (word) => {
    expect(isPersonName(word)).toBe(false);
  });
});
