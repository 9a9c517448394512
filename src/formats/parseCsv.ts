/**
 * A small RFC 4180 CSV reader: comma-separated fields, double-quoted fields that may hold
 * commas, line breaks and doubled quotes (""), CRLF, LF or CR line ends, and a leading byte
 * order mark (spreadsheet programs write one). It is lenient where spreadsheets are sloppy (a
 * quote inside an unquoted field is kept as text) and strict only where data would be lost: a
 * quoted field that never closes.
 */

/** The records of a CSV text, or where it breaks. */
export type CsvResult =
  { ok: true; rows: string[][] } | { ok: false; row: number; message: string };

/** Splits CSV text into rows of fields. A final line break does not make an empty row. */
export function parseCsv(text: string): CsvResult {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quotedFrom = -1;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < input.length) {
    const c = input[i];
    if (c === '"' && field === '' && quotedFrom === -1) {
      const close = closingQuote(input, i + 1);
      if (close === -1) {
        return {
          ok: false,
          row: rows.length + 1,
          message: 'a quoted field is never closed (a " is missing)',
        };
      }
      field = input.slice(i + 1, close).replace(/""/g, '"');
      quotedFrom = i;
      i = close + 1;
    } else if (c === ',') {
      endField();
      quotedFrom = -1;
      i++;
    } else if (c === '\r' || c === '\n') {
      endRow();
      quotedFrom = -1;
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      // Text after a closing quote, or a quote inside an unquoted field, is kept as written.
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0 || quotedFrom !== -1) endRow();
  return { ok: true, rows };
}

/** Index of the quote that closes a quoted field opened before `from`, or -1. */
function closingQuote(input: string, from: number): number {
  let at = from;
  for (;;) {
    const quote = input.indexOf('"', at);
    if (quote === -1) return -1;
    if (input[quote + 1] !== '"') return quote;
    at = quote + 2;
  }
}
