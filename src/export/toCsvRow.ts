/**
 * CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180): records end with CRLF,
 * and a field holding a comma, a double quote, CR or LF is enclosed in double quotes with every
 * double quote doubled. Other fields are written as they are, so ids stay greppable.
 */

export type CsvValue = string | number | boolean | null | undefined;

/** One field: null and undefined become an empty field. */
export function escapeCsvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record, terminated by CRLF. */
export function toCsvRow(fields: readonly CsvValue[]): string {
  return `${fields.map(escapeCsvField).join(',')}\r\n`;
}
