import { describe, expect, it } from 'vitest';
import { csvHeader, escapeCsvField, toCsvRow, toCsvRows, UTF8_BOM } from '../../../src/export/toCsvRow.js';
import { parseCsv } from '../../support/parseCsv.js';

describe('escapeCsvField (RFC 4180)', () => {
  it.each([
    ['plain', 'plain'],
    ['agreement-1986-science-technology', 'agreement-1986-science-technology'],
    ['Innovation, Science and Economic Development Canada', '"Innovation, Science and Economic Development Canada"'],
    ['the "Department of Industry"', '"the ""Department of Industry"""'],
    ['line one\nline two', '"line one\nline two"'],
    ['carriage\rreturn', '"carriage\rreturn"'],
    ['"', '""""'],
    ['', ''],
    ['日本語; with a semicolon', '日本語; with a semicolon'],
  ])('writes %j as %j', (value, expected) => {
    expect(escapeCsvField(value)).toBe(expected);
  });

  it('writes null and undefined as empty fields and numbers as they are', () => {
    expect(escapeCsvField(null)).toBe('');
    expect(escapeCsvField(undefined)).toBe('');
    expect(escapeCsvField(1986)).toBe('1986');
  });
});

describe('toCsvRow', () => {
  it('joins fields with commas and ends the record with CRLF', () => {
    expect(toCsvRow(['a', null, 'b,c', 3])).toBe('a,,"b,c",3\r\n');
  });

  it('round-trips awkward values through a strict RFC 4180 parser', () => {
    const rows = [
      ['id', 'text', 'empty', 'quote'],
      ['x', '"Department of Industry" is the legal name; "Industry Canada", since 1993', '', '"'],
      ['y', 'two\nlines, and a comma', ',', '""'],
      ['z', 'trailing space ', ' leading', 'CR\r\nLF'],
    ];
    const text = rows.map(toCsvRow).join('');
    expect(parseCsv(text)).toEqual(rows);
  });
});

describe('parseCsv (the test helper)', () => {
  it('refuses malformed CSV instead of guessing', () => {
    expect(() => parseCsv('a"b\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv('"open\r\n')).toThrow(/unterminated/);
    expect(() => parseCsv('a,b\n')).toThrow(/LF without CR/);
    expect(() => parseCsv('a,b')).toThrow(/does not end with CRLF/);
  });
});

describe('toCsvRows: the spreadsheet-safe variant (OWASP CSV injection)', () => {
  const formulas = ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(1)', '\tx', '\rx'];

  it('neutralises text cells that start like a formula with a single quote, and leaves numbers alone', () => {
    const text = toCsvRows([[...formulas, -1985, 'safe']], 'spreadsheet');
    expect(parseCsv(text)).toEqual([[...formulas.map((f) => `'${f}`), '-1985', 'safe']]);
  });

  it('writes the exact values in the raw variant', () => {
    expect(parseCsv(toCsvRows([formulas], 'raw'))).toEqual([formulas]);
  });

  it('puts a UTF-8 BOM before the header only in the spreadsheet variant', () => {
    expect(csvHeader(['id', '名前'], 'spreadsheet')).toBe(`${UTF8_BOM}id,名前\r\n`);
    expect(csvHeader(['id', '名前'], 'raw')).toBe('id,名前\r\n');
  });
});
