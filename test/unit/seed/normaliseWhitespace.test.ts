import { describe, expect, it } from 'vitest';
import { normaliseWhitespace } from '../../../src/seed/normaliseWhitespace.js';

describe('normaliseWhitespace', () => {
  it('collapses every run of spaces, tabs and line breaks to one space', () => {
    expect(normaliseWhitespace('the  Canadian\n\tDepartment\r\n of')).toBe('the Canadian Department of');
  });

  it('trims the ends', () => {
    expect(normaliseWhitespace('\n  Regional Industrial Expansion \t')).toBe('Regional Industrial Expansion');
    expect(normaliseWhitespace(' \n ')).toBe('');
  });

  it('leaves single spaces and other characters alone', () => {
    expect(normaliseWhitespace('日加 科学技術, §2.1')).toBe('日加 科学技術, §2.1');
  });
});
