import { serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { maskText, readDocument } from '../../src/document/index.js';
import { wink } from '../../src/document/wink.js';

/** Whether V8 keeps a string one byte a character: its serialiser tags those '"', two-byte ones 'c'. */
const oneByte = (text: string): boolean => serialize(text)[2] === 0x22;

describe('maskText', () => {
  it('replaces odd spaces, curly quotes, dashes and Arabic digits character for character, in one pass', () => {
    const input = '\u201cSome\u00a0\u0663\u0660\u066c\u0660\u0660\u0660 fled\u2019s \u2013 \u06f5\u200b\u201d';
    const text = maskText(input);
    expect(text).toBe('"Some 30,000 fled\'s - 5 "');
    expect(text.length).toBe(input.length);
  });

  it('blanks a run of 81 characters without a space, but not one of 80', () => {
    const long = 'x'.repeat(81);
    const short = 'y'.repeat(80);
    expect(maskText(`a ${long} b ${short}\n${long}`)).toBe(`a ${' '.repeat(81)} b ${short}\n${' '.repeat(81)}`);
  });

  it('counts a non-breaking space as a space when it looks for long runs', () => {
    const half = 'z'.repeat(50);
    expect(maskText(`${half}\u00a0${half}`)).toBe(`${half} ${half}`);
  });

  it('counts a zero-width space as a space, since it becomes one, and a curly quote as part of a run', () => {
    const half = 'z'.repeat(50);
    expect(maskText(`${half}\u200b${half}`)).toBe(`${half} ${half}`);
    expect(maskText(`a \u2018${'q'.repeat(79)}\u2019 b`)).toBe(`a ${' '.repeat(81)} b`);
    expect(maskText(`a \u2018${'q'.repeat(78)}\u2019 b`)).toBe(`a '${'q'.repeat(78)}' b`);
  });

  it('blanks a long run at the very end of the text, after replaced characters', () => {
    expect(maskText(`\u201cok\u201d ${'w'.repeat(90)}`)).toBe(`"ok" ${' '.repeat(90)}`);
  });

  it('keeps a text one byte a character once every character past U+00FF in it is replaced', () => {
    const input = '\u2022 \u201cSome 3,000 fled\u201d, the agency\u2019s head said \u2013 in Telmanas.';
    expect(oneByte(input)).toBe(false);
    const text = maskText(input);
    // a bullet becomes a middle dot, which wink reads the same way
    expect(text).toBe('\u00b7 "Some 3,000 fled", the agency\'s head said - in Telmanas.');
    expect(oneByte(text)).toBe(true);
    // a character that stays (a Turkish letter) keeps the text two bytes a character, as it must
    expect(oneByte(maskText('\u2022 \u201cSome\u201d fled Ka\u011fit'))).toBe(false);
  });

  it('masks a bullet to a character wink reads the same way: the same tokens, types and sentences', () => {
    const nlp = wink();
    const list = 'Key figures:\n\u2022 370,000: new arrivals\n\u2022Some 12 killed in Idlib.\n \u2022 \u2022 3: crossings \u2022 open';
    const read = (text: string): unknown => {
      const doc = nlp.readDoc(text);
      return [doc.tokens().out(), doc.tokens().out(nlp.its.type), doc.sentences().out(nlp.its.span)];
    };
    const dotted = maskText(list);
    expect(dotted).toBe(list.replaceAll('\u2022', '\u00b7'));
    expect(JSON.stringify(read(dotted))).toBe(JSON.stringify(read(list)).replaceAll('\u2022', '\u00b7'));
  });

  it('gives the text back as it is when nothing needs masking', () => {
    const input = 'At least 25,000 people fled Idlib, OCHA said.';
    expect(maskText(input)).toBe(input);
  });
});

describe('readDocument', () => {
  it('places every token at its offset, its text the input there', () => {
    const input = 'Some 300 people can\u2019t return to\u00a0Idlib, OCHA said.';
    const doc = readDocument(input);
    for (const token of doc.tokens) expect(doc.text.slice(token.start, token.end)).toBe(token.text);
    expect(doc.tokens.map((t) => t.text).filter((t) => t.trim())).toContain('Idlib');
  });

  it('makes its tokens with a constructor, which V8 never places in the old generation the way it may place a literal\'s objects', () => {
    const doc = readDocument('Some 300 people fled Idlib, OCHA said.');
    expect(doc.tokens.length).toBeGreaterThan(5);
    for (const token of doc.tokens) expect(Object.getPrototypeOf(token)).not.toBe(Object.prototype);
  });

  it('numbers paragraphs densely and gives each sentence its paragraph', () => {
    const input = 'HEADLINE\n\nFirst sentence here. Second one here.\n\n\n\nThird paragraph.\nStill it.';
    const doc = readDocument(input);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['HEADLINE', 'First sentence here. Second one here.', 'Third paragraph.\nStill it.']);
    expect(doc.sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 2, 2]);
    for (const p of doc.paragraphs) expect(doc.sentences.slice(p.firstSentence, p.endSentence).every((s) => s.paragraph === p.index)).toBe(true);
  });
});
