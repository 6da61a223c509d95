/**
 * CSV as RFC 4180 describes it (https://www.rfc-editor.org/rfc/rfc4180), written by csv-stringify:
 * records end with CRLF, and a field holding a comma, a double quote, CR or LF is enclosed in double
 * quotes with every double quote doubled. Other fields are written as they are, so ids stay greppable.
 *
 * Two variants of every export (README "Exports"):
 * - `spreadsheet` (the default download): safe to open in Excel, LibreOffice or Google Sheets. Per
 *   OWASP's CSV-injection guidance (https://owasp.org/www-community/attacks/CSV_Injection) a text
 *   cell starting with =, +, -, @, tab or CR (or their full-width forms) is neutralised by a leading
 *   single quote — csv-stringify's `escape_formulas`, which leaves numbers alone, so a negative year
 *   stays a number. The file starts with a UTF-8 byte order mark so Excel reads Japanese as UTF-8.
 * - `raw` (?raw=1): the exact stored text, no BOM, for programs that read CSV.
 */
import { stringify, type Options } from 'csv-stringify/sync';

export type CsvValue = string | number | boolean | null | undefined;

/** `spreadsheet`: formula-like text neutralised and a BOM first; `raw`: the exact values. */
export type CsvFormat = 'spreadsheet' | 'raw';

/** The UTF-8 byte order mark, as the first character of a spreadsheet-variant file. */
export const UTF8_BOM = '\uFEFF';

const base: Options = {
  record_delimiter: 'windows',
  // With CRLF records, csv-stringify quotes a field holding CRLF but not a lone LF or CR; RFC 4180 wants both quoted.
  quoted_match: /[\r\n]/,
  // csv-stringify writes booleans as 1 and ""; the exports have always written true and false.
  cast: { boolean: (value) => String(value) },
};
const options: Record<CsvFormat, Options> = {
  spreadsheet: { ...base, escape_formulas: true },
  raw: { ...base, escape_formulas: false },
};

/** Records (arrays of fields; null and undefined become empty fields), each ending with CRLF. */
export function toCsvRows(rows: readonly (readonly CsvValue[])[], format: CsvFormat = 'raw'): string {
  return rows.length === 0 ? '' : stringify(rows as CsvValue[][], options[format]);
}

/** One record of exact values (the raw variant), terminated by CRLF. One argument, so it maps over rows. */
export function toCsvRow(fields: readonly CsvValue[]): string {
  return toCsvRows([fields], 'raw');
}

/** One exact field as it appears in a record (quoted when it must be); null and undefined become an empty field. */
export function escapeCsvField(value: CsvValue): string {
  return toCsvRow([value]).slice(0, -2);
}

/** A file's first chunk: the header record, after a BOM in the spreadsheet variant. */
export function csvHeader(columns: readonly string[], format: CsvFormat): string {
  return (format === 'spreadsheet' ? UTF8_BOM : '') + toCsvRows([columns], format);
}
