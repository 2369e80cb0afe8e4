import { describe, expect, it } from 'vitest';
import { placeKey } from '../../src/places/index.js';

describe('placeKey', () => {
  it.each([
    ["Ma’arrat An-Nu’man", 'mrtnmn'],
    ['Maarat al Numan', 'mrtnmn'],
    ["Ma'arat al-Nu'man", 'mrtnmn'],
    ['Maʿarrat an-Nuʿmān', 'mrtnmn'],
    ['Ma`arrat an Nu`man', 'mrtnmn'],
    ['Jisr el-Shogour', 'jsrxgr'],
    ['Djisr ash-Shughur', 'jsrxgr'],
    ['Khan Sheikhoun', 'hnxhn'],
    ['Talmenes', 'tlmns'],
    ['Tal Mannas', 'tlmns'],
    ['Deir ez-Zor', 'drzr'],
    ['Dayr az Zawr', 'drzr'],
  ])('folds %s to %s', (name, key) => {
    expect(placeKey(name)).toBe(key);
  });

  it('reads "Eastern Deir" as "Deir al-Sharqi", whatever the word order', () => {
    expect(placeKey('Eastern Deir')).toBe(placeKey('Deir al-Sharqi'));
    expect(placeKey('Aldier Alsharki')).toBe(placeKey('Deir al-Sharqi'));
    expect(placeKey('Deir al-Gharbi')).not.toBe(placeKey('Deir al-Sharqi'));
  });

  it('keeps the article of a one-word name and the "al" of Aleppo', () => {
    expect(placeKey('Al')).toBe('al');
    expect(placeKey('Aleppo')).toBe('alp');
  });

  it('gives an empty key to a name with no Latin letters', () => {
    expect(placeKey('إدلب')).toBe('');
  });

  it('throws a TypeError for a name that is not a string', () => {
    expect(() => placeKey(42 as unknown as string)).toThrow(TypeError);
    expect(() => placeKey(null as unknown as string)).toThrow(/found null/);
  });

  it('throws a RangeError for an empty name', () => {
    expect(() => placeKey('  ')).toThrow(RangeError);
  });
});
