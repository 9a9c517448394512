/**
 * Which kind of file a dataset address holds, told by its name and shape rather than by a
 * declared type: a CSV (a TimelineJS sheet), TimelineJS JSON (version 3 or 2), or our own format. Tiny and
 * dependency-free, so the loader can decide before downloading any importer.
 */

/** The formats a `?data=` file or `npm run import` input may be in. */
export type DatasetFormat = 'csv' | 'timelinejs' | 'sourceline';

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

/** The format of a file, from its name and text (JSON already parsed, or undefined if not). */
export function detectFormat(name: string, text: string, json?: unknown): DatasetFormat {
  if (looksLikeCsv(name, text)) return 'csv';
  return isTimelineJs(json) ? 'timelinejs' : 'sourceline';
}
