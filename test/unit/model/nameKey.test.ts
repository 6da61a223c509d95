import { describe, expect, it } from 'vitest';
import { nameKey, nameKeysOf, wordTails } from '../../../src/model/nameKey.js';

describe('nameKey', () => {
  it.each([
    ['Department of Industry', 'department of industry'],
    ['  DEPARTMENT   of industry ', 'department of industry'],
    ['Ministère des Affaires étrangères', 'ministere des affaires etrangeres'],
    ['Ministry of Economy, Trade and Industry', 'ministry of economy trade and industry'],
    ['Japan-Canada', 'japan canada'],
    ['ＮＲＣ', 'nrc'],
    ['ｶﾅﾀﾞ', 'カナダ'],
    ['新エネルギー・産業技術総合開発機構', '新エネルギー産業技術総合開発機構'],
    ['新エネルギー産業技術総合開発機構', '新エネルギー産業技術総合開発機構'],
    ['JAXA宇宙', 'jaxa 宇宙'],
    ['日加 協定', '日加協定'],
    ['\u200bNRC', 'nrc'],
    ['quan\u00adtum', 'quantum'],
    ['NRC\u0000x', 'nrc x'],
    ['S&T', 's t'],
    ['?!', ''],
  ])('%s → %s', (text, key) => {
    expect(nameKey(text)).toBe(key);
  });

  it('keeps the voiced sound marks of kana, which are not accents', () => {
    expect(nameKey('ガス')).not.toBe(nameKey('カス'));
    expect(nameKey('ガス')).toBe('ガス');
  });

  it('collects the distinct keys of a node’s own names, ignoring other properties and non-text values', () => {
    expect(nameKeysOf({ name: 'METI', acronym: 'meti', nameJa: '経済産業省', summary: 'x', title: 7 })).toEqual(['meti', '経済産業省']);
    expect(nameKeysOf({ value: '—' })).toEqual([]);
  });
});

describe('wordTails', () => {
  it('gives the key and the rest from each word, and from each Japanese character', () => {
    expect(wordTails('department of industry')).toEqual(['department of industry', 'of industry', 'industry']);
    expect(wordTails('経済産業省')).toEqual(['経済産業省', '済産業省', '産業省', '業省', '省']);
    expect(wordTails('jst 研究')).toEqual(['jst 研究', '研究', '究']);
    expect(wordTails('')).toEqual([]);
  });
});
