import { describe, expect, it } from 'vitest';
import { speakersOf } from './candidate.js';

/** Figures the article states in its own voice, or whose nearby verbs name no speaker. */
const NO_SPEAKER: readonly (readonly [string, string])[] = [
  ['The air strikes claimed 12 civilian lives in the town on Sunday.', '12'],
  ['More than 3,000 people were reported killed in the quake.', '3,000'],
  ['It has been reported that thousands of families are too scared to move.', 'thousands'],
  ['The attacks Russian jets launched on Friday killed nine people.', 'nine'],
  ['Over a million Syrians have moved near the Turkish border following the attacks.', 'a million'],
  ['Floods in Libya killed at least 4,000 people, and thousands more are missing.', '4,000'],
  ['The video shows 20 bodies lying in the street.', '20'],
  ['Since the war began, more than 10 million Sudanese have fled their homes.', '10 million'],
  // "An estimated" is a qualifier, not "X estimated": no speaker to carry to the next bullet
  ['- An estimated 90,000 people have been displaced since May.\n- Some 12,000 people moved in the past week.', '12,000'],
  ['An estimated 400 people were killed. Some 2,000 were injured.', '2,000'],
];

describe('speakers: no speaker', () => {
  for (const [text, figure] of NO_SPEAKER) {
    it(`gives ${figure} no speaker in "${text}"`, () => {
      expect(speakersOf(text, [figure])[0]).toBeNull();
    });
  }

  it('gives an empty list for no candidates', () => {
    expect(speakersOf('OCHA said nothing.', [])).toEqual([]);
  });
});
