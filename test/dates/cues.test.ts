import { describe, expect, it } from 'vitest';
import { clauseOf, lastWord } from '../../src/dates/clause.js';
import { Cue, cuesOf } from '../../src/dates/cues.js';
import { findPhrases } from '../../src/dates/phrases.js';

const phrasesIn = (sentence: string) => findPhrases(sentence).map((f) => [f.text, f.expression.kind]);

describe('cue words gate the phrase rules', () => {
  it("flags whole cue words in any case, and years, in one scan of 'In the PAST TWO DAYS of 2019'", () => {
    const cues = cuesOf('In the PAST TWO DAYS of 2019');
    expect(cues & Cue.PAST).toBe(Cue.PAST);
    expect(cues & Cue.DAY).toBe(Cue.DAY);
    expect(cues & Cue.YEAR_NUMBER).toBe(Cue.YEAR_NUMBER);
    expect(cues & (Cue.WEEK | Cue.AGO | Cue.WEEKDAY)).toBe(0);
  });

  it('does not take a cue word inside another word ("Sundays", "weekday", "yearly")', () => {
    expect(cuesOf('Sundays and weekdays, yearly')).toBe(0);
  });

  // each phrase below has its cue words written so that a gate stricter than its pattern would miss it
  it.each([
    ['Some 300 people fled THIS MONTH.', [['THIS MONTH', 'this']]],
    ['In the PAST TWO DAYS, 40 died.', [['In the PAST TWO DAYS', 'back']]],
    ["Today's toll rose to 12.", [['Today', 'offset']]],
    ["Since last week's strikes, 9 died.", [['last week', 'last']]],
    ['The camp has grown since mid-2018.', [['2018', 'calendar']]],
    ['The toll of the 2010 floods was 1,700.', [['2010', 'calendar']]],
    ['Thousands fled on the first day of the war.', [['day of the war', 'eventDay']]],
    ['Five died three days ago.', [['three days ago', 'ago']]],
    ['It happened on Monday.', [['on Monday', 'weekday']]],
  ])('still finds the phrase in %j', (sentence, expected) => {
    expect(phrasesIn(sentence)).toEqual(expected);
  });
});

describe('the text before a date', () => {
  it("reads the last word past trailing spaces, and hyphens when asked ('the start of ', 'mid- ')", () => {
    expect(lastWord('the start of  ')).toBe('of');
    expect(lastWord('fled in mid- ', true)).toBe('mid');
    expect(lastWord('fled in mid- ')).toBe('');
  });

  it('cuts the clause after the last comma, semicolon, colon, bracket or quote', () => {
    expect(clauseOf('The UN said (in a report) on')).toEqual({ text: ' on', offset: 25 });
    expect(clauseOf('no break here')).toEqual({ text: 'no break here', offset: 0 });
  });
});
