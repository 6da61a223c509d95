/** A date as precise as its source: a year, a month or a day. Never padded into a false precision. */
export interface ParsedDate {
  value: string;
  precision: 'year' | 'month' | 'day';
  year: number;
}

/** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar date); anything else is undefined. */
export function parseDate(raw: string): ParsedDate | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(raw.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  const year = Number(y);
  if (m === undefined) return { value: raw.trim(), precision: 'year', year };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { value: raw.trim(), precision: 'month', year };
  const day = Number(d);
  // A day the month does not have (00, 30 February, 31 April …) rolls over into another month and so
  // comes back as a different day of the month.
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return undefined;
  return { value: raw.trim(), precision: 'day', year };
}
