/**
 * A small, strict RFC 4180 parser for the tests: records end with CRLF, a quoted field may hold
 * commas, CR, LF and doubled quotes, and a quote anywhere else is an error (so a test fails on
 * malformed output rather than parsing around it).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const startOfField = field === '' && (i === 0 || text[i - 1] === ',' || text[i - 1] === '\n');
    const c = text[i];
    if (c === '"' && startOfField) {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error('CSV: unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`CSV: text after a closing quote at ${i}`);
      continue;
    }
    if (c === '"') throw new Error(`CSV: a quote inside an unquoted field at ${i}`);
    if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`CSV: CR without LF at ${i}`);
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (c === '\n') {
      throw new Error(`CSV: LF without CR at ${i}`);
    } else {
      field += c;
      i += 1;
    }
  }
  if (field !== '' || record.length > 0) throw new Error('CSV: the last record does not end with CRLF');
  return records;
}
