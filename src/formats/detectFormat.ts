/**
 * Which kind of file a dataset address holds, told by its name and shape rather than by a
 * declared type: a CSV (a TimelineJS sheet), TimelineJS JSON (version 3 or 2), or our own format;
 * or not a dataset at all (an empty body, a web page, anything else), said in plain words. The
 * one decision for the app's `?data=` loader and `npm run import` alike. Tiny and
 * dependency-free, so the loader can decide before downloading any importer.
 */

/** The formats a `?data=` file or `npm run import` input may be in. */
export type DatasetFormat = 'csv' | 'timelinejs' | 'sourceline';

/**
 * A file told apart, with what reading it needed (JSON is parsed once, here: for 100,000 events
 * a second JSON.parse costs ~70 ms). The `csv` and `timelinejs` cases are importTimeline's input.
 */
export type DetectedFile =
  | { format: 'csv'; text: string }
  | { format: 'timelinejs'; json: unknown }
  | { format: 'sourceline'; json: unknown }
  /** Starts like JSON but is not valid JSON; `error` is the parser's message. */
  | { format: 'invalid-json'; error: string }
  /** Not a dataset in any format: `reason` says what it is instead, in plain words. */
  | { format: 'not-a-dataset'; reason: string };

/** Plain-words reasons a file is not a dataset (also the unit tests' expectations). */
export const NOT_A_DATASET = {
  empty: 'is empty: the address answered with no content at all',
  blank: 'holds only blank characters, no dataset',
  webPage:
    'is a web page, not a dataset: this address returned a web page (often a site’s own “not found” page); check the address',
  unknown:
    'is neither JSON (it does not start with { or [) nor a CSV sheet (its first line has no commas)',
} as const;

/** How far into a file its first line is looked for: a CSV header is far shorter. */
const FIRST_LINE_LIMIT = 64 * 1024;

/** The offset of the first character that is not white space (a BOM is white space), or -1. */
function firstVisible(text: string): number {
  return text.search(/\S/);
}

function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function namedCsv(name: string): boolean {
  const path = name.split(/[?#]/)[0] ?? '';
  return /\.csv$/i.test(path);
}

/**
 * CSV when the name ends in .csv or the server calls it text/csv; otherwise when it does not
 * start like JSON or markup and its first line has a comma, as a sheet's header row does.
 */
export function looksLikeCsv(name: string, text: string, contentType?: string | null): boolean {
  if (namedCsv(name) || mediaTypeOf(contentType) === 'text/csv') return true;
  const start = firstVisible(text);
  if (start === -1 || '{[<'.includes(text[start] ?? '')) return false;
  const head = text.slice(start, start + FIRST_LINE_LIMIT);
  const firstLine = head.split(/\r\n|\r|\n/, 1)[0] ?? '';
  return firstLine.includes(',');
}

/**
 * TimelineJS JSON: version 3, an `events` list whose slides have a `start_date` (ours have
 * `date`), or version 2, a `timeline` object with a `date` list.
 */
export function isTimelineJs(raw: unknown): boolean {
  if (typeof raw !== 'object' || raw === null) return false;
  const { timeline } = raw as { timeline?: unknown };
  if (typeof timeline === 'object' && timeline !== null && 'date' in timeline) {
    return Array.isArray(timeline.date);
  }
  const events = (raw as { events?: unknown }).events;
  return (
    Array.isArray(events) &&
    events.some(
      (event: unknown) => typeof event === 'object' && event !== null && 'start_date' in event,
    )
  );
}

/** Why `text` (served as `contentType`) is not a dataset at all, or null if it may be one. */
function notADataset(text: string, contentType: string | null | undefined): string | null {
  if (text.length === 0) return NOT_A_DATASET.empty;
  const start = firstVisible(text);
  if (start === -1) return NOT_A_DATASET.blank;
  const first = text[start];
  const type = mediaTypeOf(contentType);
  const servedAsPage = type === 'text/html' || type === 'application/xhtml+xml';
  if (first === '<' || (servedAsPage && first !== '{' && first !== '[')) {
    return NOT_A_DATASET.webPage;
  }
  return null;
}

/**
 * The format of a file named `name` (a path or URL) holding `text`, optionally with the
 * Content-Type it was served with.
 */
export function detectFormat(
  name: string,
  text: string,
  contentType?: string | null,
): DetectedFile {
  const reason = notADataset(text, contentType);
  if (reason !== null) return { format: 'not-a-dataset', reason };
  if (looksLikeCsv(name, text, contentType)) return { format: 'csv', text };
  const first = text[firstVisible(text)];
  if (first !== '{' && first !== '[')
    return { format: 'not-a-dataset', reason: NOT_A_DATASET.unknown };
  let json: unknown;
  try {
    // JSON allows only its own four blank characters; any other leading blank (a BOM, a no-break
    // space) is not the author's data, so it goes.
    json = JSON.parse(text.trimStart());
  } catch (error) {
    return {
      format: 'invalid-json',
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return isTimelineJs(json) ? { format: 'timelinejs', json } : { format: 'sourceline', json };
}
