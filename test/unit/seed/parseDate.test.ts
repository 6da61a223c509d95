import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../src/seed/parseDate.js';

describe('parseDate', () => {
  it('keeps the precision the source gives', () => {
    expect(parseDate('1985')).toEqual({ value: '1985', precision: 'year', year: 1985 });
    expect(parseDate('1988-01')).toEqual({ value: '1988-01', precision: 'month', year: 1988 });
    expect(parseDate('1985-09-03')).toEqual({ value: '1985-09-03', precision: 'day', year: 1985 });
  });

  it('rejects dates that do not exist on the calendar', () => {
    expect(parseDate('2023-02-29')).toBeUndefined();
    expect(parseDate('2024-02-29')?.precision).toBe('day');
    expect(parseDate('1988-13')).toBeUndefined();
    expect(parseDate('1988-00')).toBeUndefined();
  });

  it('rejects anything that is not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const raw of ['85', '1985/09/03', 'September 1985', '1985-9-3', '', 'c. 1988']) expect(parseDate(raw)).toBeUndefined();
  });
});
