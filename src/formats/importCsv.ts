/**
 * A TimelineJS Google Sheets template exported as CSV, to a Sourceline dataset. Each row becomes
 * the TimelineJS JSON slide it stands for, and importTimelineJs does the rest, so both imports
 * read dates, text and media the same way. Problems name the spreadsheet row and column
 * (`row 5 › Month`); row 1 is the header, as a spreadsheet numbers it.
 */
import { importTimelineJs } from './importTimelineJs.ts';
import type { ImportOptions, ImportPlace } from './importTimelineJs.ts';
import { parseCsv } from './parseCsv.ts';
import type { Problem, Result } from '../model/problem.ts';
import type { DatasetFile } from '../model/schema.ts';

/** The template's columns, in its order (also the order the CSV export writes). */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

/** One column of the template. */
export type SheetColumn = (typeof SHEET_COLUMNS)[number];

/** The TimelineJS field path each column fills, for naming the column of a problem. */
const COLUMN_OF_FIELD: Readonly<Record<string, SheetColumn>> = {
  start_date: 'Year',
  'start_date.year': 'Year',
  'start_date.month': 'Month',
  'start_date.day': 'Day',
  'start_date.hour': 'Time',
  'start_date.minute': 'Time',
  'start_date.second': 'Time',
  end_date: 'End Year',
  'end_date.year': 'End Year',
  'end_date.month': 'End Month',
  'end_date.day': 'End Day',
  'end_date.hour': 'End Time',
  'end_date.minute': 'End Time',
  'end_date.second': 'End Time',
};

type Row = Partial<Record<SheetColumn, string>>;

/** Converts the text of a sheet CSV into a dataset in our format. */
export function importCsv(
  text: string,
  options: Omit<ImportOptions, 'locate'> = {},
): Result<DatasetFile> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return fail(`row ${parsed.row}`, parsed.message);
  const [header, ...body] = parsed.rows;
  const columns = header?.map(normaliseHeader) ?? [];
  const missing = (['Year', 'Headline'] as const).filter((c) => !columns.includes(c));
  if (missing.length > 0) {
    return fail(
      'row 1',
      `the header has no ${missing.map((c) => `"${c}"`).join(' or ')} column; ` +
        `expected the TimelineJS template's columns (${SHEET_COLUMNS.join(', ')})`,
    );
  }
  const problems: Problem[] = [];
  const events: unknown[] = [];
  const eras: unknown[] = [];
  const eventRows: number[] = [];
  const eraRows: number[] = [];
  let title: unknown;
  let titleRow = 0;
  body.forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const row: Row = {};
    columns.forEach((column, c) => {
      if (column) row[column] = cells[c] ?? '';
    });
    const type = (row.Type ?? '').trim().toLowerCase();
    const slide = slideOf(row, rowNumber, problems);
    if (type === 'title') {
      if (title !== undefined)
        problems.push({
          where: `row ${rowNumber} › Type`,
          message: `repeats the title of row ${titleRow}`,
        });
      title = slide;
      titleRow = rowNumber;
    } else if (type === 'era') {
      eras.push(slide);
      eraRows.push(rowNumber);
    } else {
      events.push(slide);
      eventRows.push(rowNumber);
    }
  });
  const locate = (place: ImportPlace): string => {
    if (place.part === 'file') return 'file';
    const rowNumber =
      place.part === 'title'
        ? titleRow
        : (place.part === 'events' ? eventRows : eraRows)[place.index];
    const column = COLUMN_OF_FIELD[place.field];
    return column ? `row ${rowNumber} › ${column}` : `row ${rowNumber}`;
  };
  const result = importTimelineJs(
    { title, events, eras },
    { origin: 'Imported from a TimelineJS spreadsheet', ...options, locate },
  );
  if (problems.length === 0) return result;
  // The sheet's own problems (times, titles) and the slides' ones, together in row order.
  const all = [...problems, ...(result.ok ? [] : result.problems)];
  return { ok: false, problems: all.sort((a, b) => rowOf(a) - rowOf(b)) };
}

function rowOf(problem: Problem): number {
  return Number(/^row (\d+)/.exec(problem.where)?.[1] ?? 0);
}

function fail(where: string, message: string): Result<DatasetFile> {
  return { ok: false, problems: [{ where, message }] };
}

/** "end  year" → "End Year": header names are matched ignoring case and spacing. */
function normaliseHeader(name: string): SheetColumn | null {
  const key = name.replace(/\s+/g, ' ').trim().toLowerCase();
  return SHEET_COLUMNS.find((column) => column.toLowerCase() === key) ?? null;
}

/** The TimelineJS slide a row stands for. */
function slideOf(row: Row, rowNumber: number, problems: Problem[]): Record<string, unknown> {
  const cell = (column: SheetColumn) => (row[column] ?? '').trim();
  const time = (column: 'Time' | 'End Time') => {
    const read = readTime(cell(column));
    if (read === null) {
      problems.push({
        where: `row ${rowNumber} › ${column}`,
        message: `"${cell(column).slice(0, 40)}" is not a time of day (e.g. 14:30 or 2:30 PM)`,
      });
      return {};
    }
    return read;
  };
  const slide: Record<string, unknown> = {
    start_date: { year: cell('Year'), month: cell('Month'), day: cell('Day'), ...time('Time') },
    text: { headline: row.Headline ?? '', text: row.Text ?? '' },
  };
  const end = { year: cell('End Year'), month: cell('End Month'), day: cell('End Day') };
  if (Object.values(end).some(Boolean) || cell('End Time'))
    slide.end_date = { ...end, ...time('End Time') };
  if (cell('Display Date')) slide.display_date = cell('Display Date');
  if (cell('Group')) slide.group = cell('Group');
  if (cell('Media')) {
    slide.media = {
      url: cell('Media'),
      credit: cell('Media Credit'),
      caption: cell('Media Caption'),
    };
  }
  return slide;
}

/** Hour, minute and second of a Time cell; all absent when the cell is blank. */
interface TimeParts {
  hour?: number;
  minute?: number;
  second?: number;
}

/** "14:30", "14:30:05", "2:30 PM" → parts; no parts for blank; null when it is not a time. */
function readTime(text: string): TimeParts | null {
  if (text === '') return {};
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?$/.exec(text);
  if (!match) return null;
  const [, h = '0', m = '0', s, meridiem] = match;
  let hour = Number(h);
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'pm' ? 12 : 0);
  }
  const parts = { hour, minute: Number(m) };
  return s === undefined ? parts : { ...parts, second: Number(s) };
}
