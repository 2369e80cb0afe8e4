import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/index.js';

const published = '2023-10-20';

function only(text: string) {
  const claims = extractClaims(text, { published });
  for (const claim of claims) for (const m of claim.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return claims.map((c) => [c.kind, c.count.value]);
}

describe('messy real text', () => {
  it('should read claims through HTML tags and entities, with offsets into the original string', () => {
    const html = '<p>The strikes <b>killed</b> at least <span class="n">1,200</span> people &amp; forced 40,000 civilians&nbsp;to flee.</p>';
    const claims = extractClaims(html, { published });
    expect(claims.map((c) => [c.kind, c.count.value])).toEqual([['killed', 1200], ['displaced', 40000]]);
    for (const claim of claims) for (const m of claim.mentions) expect(html.slice(m.start, m.end)).toBe(m.text);
    expect(claims[0]?.mentions[0]?.text).toContain('<span class="n">1,200');
  });

  it('should ignore figures inside tags and comments', () => {
    expect(only('<img alt="500 people fled" src="x.png"><!-- 300 were killed --> A calm day.')).toEqual([]);
  });

  it('should read Windows line endings and keep headline and body apart', () => {
    expect(only('Some 3,000 people fled Goma\r\n\r\nThe UN said 700 people were killed.\r\n')).toEqual([['displaced', 3000], ['killed', 700]]);
  });

  it('should read non-breaking, thin and zero-width spaces', () => {
    expect(only('At\u00a0least 25\u2009000 civilians have\u200b fled the city.')).toEqual([['displaced', 25000]]);
  });

  it('should read curly and straight quotes alike', () => {
    expect(only('“Some 4,000 people fled,” he said.')).toEqual(only('"Some 4,000 people fled," he said.'));
    expect(only('“Some 4,000 people fled,” he said.')).toEqual([['displaced', 4000]]);
  });

  it('should read Arabic-Indic digits', () => {
    expect(only('Officials said ٣٥ people were killed.')).toEqual([['killed', 35]]);
  });

  it('should read dot thousands separators', () => {
    expect(only('Some 12.500 people were displaced by the floods.')).toEqual([['displaced', 12500]]);
  });

  it('should find no claims, and not crash, on text in other languages', () => {
    expect(only('Au moins 1 200 personnes ont été tuées et 40 000 déplacées, selon l’ONU.')).toEqual([]);
    expect(only('قتل 35 شخصا ونزح 4000 آخرون في إدلب')).toEqual([]);
    expect(only('Более 3 000 человек бежали из Харькова.')).toEqual([]);
    expect(only('据报道，至少1200人死亡。')).toEqual([]);
  });

  it('should survive broken encodings and control characters', () => {
    expect(only('Ã¢â‚¬â„¢ \u0000\u0007 ï¿½ 400 people were killed \ud800 in the flood.')).toEqual([['killed', 400]]);
  });
});
