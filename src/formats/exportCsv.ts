/**
 * A dataset in our format as CSV in the TimelineJS Google Sheets template's layout, so it can be
 * pasted into that template or imported back (importCsv reads exactly what this writes). Text
 * cells are HTML in TimelineJS, so plain text is HTML-escaped and line breaks become <br>.
 *
 * What the sheet cannot hold is lost: citations and the source, notes, all actors but the first
 * (the Group), and EDTF qualifiers (~ ? %) and unspecified digits (199X). When a date loses a
 * qualifier, its label (e.g. "c. 2017") goes into Display Date, so readers still see it.
 */
import { SHEET_COLUMNS } from './importCsv.ts';
import type { SheetColumn } from './importCsv.ts';
import { parseEdtf } from '../model/dates/parseEdtf.ts';
import type { DatasetFile } from '../model/schema.ts';
import { historicalYear, partsOfEdtf } from './timelineJsDate.ts';
import type { DateParts } from './timelineJsDate.ts';

type Row = Partial<Record<SheetColumn, string>>;

/** CSV text (CRLF line ends, as RFC 4180 has it) of the dataset in the sheet layout. */
export function exportCsv(dataset: DatasetFile): string {
  const rows: Row[] = [];
  rows.push({
    Type: 'title',
    Headline: html(dataset.title),
    Text: html(dataset.description ?? ''),
  });
  for (const era of dataset.eras ?? []) {
    rows.push({ ...dateCells(era.date).cells, Type: 'era', Headline: html(era.label) });
  }
  for (const event of dataset.events) {
    const { cells, label } = dateCells(event.date);
    const row: Row = {
      ...cells,
      'Display Date': html(event.displayDate ?? label),
      Headline: html(event.title),
      Text: html(event.summary),
      Group: html(event.actors[0] ?? ''),
    };
    if (event.media) {
      row.Media = event.media.url;
      row['Media Credit'] = html(event.media.credit ?? '');
      row['Media Caption'] = html(event.media.caption ?? '');
    }
    rows.push(row);
  }
  const lines = [SHEET_COLUMNS.map(csvField).join(',')];
  for (const row of rows) lines.push(SHEET_COLUMNS.map((c) => csvField(row[c] ?? '')).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** The date columns of an EDTF date, and its label when the columns lose something. */
function dateCells(edtf: string): { cells: Row; label: string } {
  const plain = edtf.replace(/[~?%]/g, '');
  const [first = '', second] = plain.split('/');
  let start = partsOfEdtf(first);
  let end = second === undefined ? null : partsOfEdtf(second);
  let label = plain === edtf ? '' : labelOf(edtf);
  if (!start || (second !== undefined && !end)) {
    // Unspecified digits or a time zone: fall back to the span the date covers.
    const parsed = parseEdtf(edtf);
    if (!parsed.ok) return { cells: {}, label: '' };
    start = partsAt(parsed.value.start, parsed.value.precision);
    const last = partsAt(parsed.value.end - 1, parsed.value.precision);
    end = sameParts(start, last) ? null : last;
    label = parsed.value.label;
  }
  return { cells: { ...columns(start, ''), ...(end ? columns(end, 'End ') : {}) }, label };
}

function columns(parts: DateParts, prefix: '' | 'End '): Row {
  const row: Row = { [`${prefix}Year`]: String(historicalYear(parts.year)) };
  if (parts.month !== undefined) row[`${prefix}Month`] = String(parts.month);
  if (parts.day !== undefined) row[`${prefix}Day`] = String(parts.day);
  if (parts.hour !== undefined) {
    const time = [parts.hour, parts.minute ?? 0, ...(parts.second ? [parts.second] : [])];
    row[`${prefix}Time`] = time.map((n) => String(n).padStart(2, '0')).join(':');
  }
  return row;
}

function partsAt(ms: number, precision: 'year' | 'month' | 'day' | 'time'): DateParts {
  const d = new Date(ms);
  const parts: DateParts = { year: d.getUTCFullYear() };
  if (precision === 'year') return parts;
  parts.month = d.getUTCMonth() + 1;
  if (precision === 'month') return parts;
  parts.day = d.getUTCDate();
  if (precision === 'day') return parts;
  parts.hour = d.getUTCHours();
  parts.minute = d.getUTCMinutes();
  if (d.getUTCSeconds()) parts.second = d.getUTCSeconds();
  return parts;
}

function sameParts(a: DateParts, b: DateParts): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function labelOf(edtf: string): string {
  const parsed = parseEdtf(edtf);
  return parsed.ok ? parsed.value.label : '';
}

/**
 * Plain text as a TimelineJS HTML cell. A leading = + - or @ is written as an entity, so a
 * spreadsheet never runs the cell as a formula while TimelineJS and importCsv still read it.
 */
function html(text: string): string {
  const escaped = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, '<br>');
  return escaped.replace(/^[=+\-@]/, (c) => `&#${c.charCodeAt(0)};`);
}

/** A CSV field, quoted when it holds a comma, quote, line break or edge space. */
function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
