/**
 * An imported file (TimelineJS3 or TimelineJS2 JSON, or a TimelineJS sheet as CSV) converted to a
 * dataset of our format, not yet checked: importTimeline.ts compiles it with compileTimeline, the
 * compile worker with compileFast (which loads zod only when its fast check is not sure).
 */
import { importCsv } from './importCsv.ts';
import { importTimelineJs } from './importTimelineJs.ts';
import { importTimelineJs2, isTimelineJs2 } from './importTimelineJs2.ts';
import type { Result } from '../model/problem.ts';
import type { DatasetFile } from '../model/schema.ts';

/** What to import: the text of a CSV, or the parsed value of a TimelineJS JSON file. */
export type ImportInput = { format: 'csv'; text: string } | { format: 'timelinejs'; json: unknown };

/** Converts CSV text or a parsed TimelineJS value to a dataset, or says what stops it. */
export function convertImport(input: ImportInput, fallbackTitle: string): Result<DatasetFile> {
  return input.format === 'csv'
    ? importCsv(input.text, { fallbackTitle })
    : isTimelineJs2(input.json)
      ? importTimelineJs2(input.json, { fallbackTitle })
      : importTimelineJs(input.json, { fallbackTitle });
}

/** "data/rome-sheet.csv" → "rome sheet": a title for a file that names none. */
export function titleFromFileName(name: string): string {
  const file = (name.split(/[?#]/)[0] ?? '').split('/').pop() ?? '';
  let base = file;
  try {
    base = decodeURIComponent(file);
  } catch {
    // A malformed escape stays as written.
  }
  return base
    .replace(/\.(json|csv)$/i, '')
    .replace(/[-_]+/g, ' ')
    .trim();
}
