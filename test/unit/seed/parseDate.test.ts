import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/seed/parseDate.js';

describe('parseDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parseDate('1985')).toEqual({ value: '1985', precision: 'year', year: 1985 });
    expect(parseDate('1988-01')).toEqual({ value: '1988-01', precision: 'month', year: 1988 });
    expect(parseDate('1985-09-03')).toEqual({ value: '1985-09-03', precision: 'day', year: 1985 });
  });

  it('ignores surrounding whitespace, keeping the date itself as the value', () => {
    expect(parseDate(' 1985\n')).toEqual({ value: '1985', precision: 'year', year: 1985 });
    expect(parseDate('\t1988-12 ')).toEqual({ value: '1988-12', precision: 'month', year: 1988 });
    expect(parseDate(' 1985-09-03 ')).toEqual({ value: '1985-09-03', precision: 'day', year: 1985 });
  });

  it('accepts every month and the last day of each month', () => {
    expect(parseDate('1988-12')?.precision).toBe('month');
    expect(parseDate('1985-01-31')?.precision).toBe('day');
    expect(parseDate('1985-12-31')?.precision).toBe('day');
    expect(parseDate('1985-04-30')?.precision).toBe('day');
    expect(parseDate('2000-02-29')?.precision).toBe('day');
  });

  it('rejects dates that do not exist on the calendar', () => {
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('2024-02-29')?.precision).toBe('day');
    expect(parseDate('1900-02-29')).toBeUndefined();
    expect(parseDate('1988-13')).toBeUndefined();
    expect(parseDate('1988-00')).toBeUndefined();
    expect(parseDate('1988-13-01')).toBeUndefined();
    expect(parseDate('1988-00-10')).toBeUndefined();
    expect(parseDate('1985-04-31')).toBeUndefined();
    expect(parseDate('1985-01-00')).toBeUndefined();
    expect(parseDate('1985-01-32')).toBeUndefined();
  });

  it('rejects anything that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const raw of [
      '85',
      '19850',
      '1985/09/03',
      'September 1985',
      '1985-9-3',
      '1985-09-3',
      '',
      'c. 1988',
      'x1985',
      '1985x',
      '1985-09-03x',
      'abcd',
      '1985-ab',
    ])
      expect(parseDate(raw), raw).toBeUndefined();
  });
});
