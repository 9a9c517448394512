/**
 * Which kind of file a dataset address holds, told by its name and shape rather than by a
 * declared type: a CSV (a TimelineJS sheet), TimelineJS JSON (version 3 or 2), or our own format.
 * The one decision for the app's `?data=` loader and `npm run import` alike. Tiny and
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
  /** Neither CSV nor valid JSON; `error` is the parser's message. */
  | { format: 'invalid-json'; error: string };

/** CSV when the name ends in .csv or the text does not start like JSON (`{` or `[`). */
export function looksLikeCsv(name: string, text: string): boolean {
  const path = name.split(/[?#]/)[0] ?? '';
  if (/\.csv$/i.test(path)) return true;
  return !/^[\s\uFEFF]*[{[]/.test(text.slice(0, 1000));
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

/** The format of a file named `name` (a path or URL) holding `text`. */
export function detectFormat(name: string, text: string): DetectedFile {
  if (looksLikeCsv(name, text)) return { format: 'csv', text };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      format: 'invalid-json',
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return isTimelineJs(json) ? { format: 'timelinejs', json } : { format: 'sourceline', json };
}
