/**
 * An imported file (TimelineJS3 or TimelineJS2 JSON, or a TimelineJS sheet as CSV) to a compiled
 * timeline: convert, then compile with no source text, so an import is checked by exactly the
 * rules a dataset in our format is. Loaded on demand by the app, and used by `npm run import`.
 */
import { compileTimeline } from '../model/compileTimeline.ts';
import type { OnProgress } from '../model/compileTimeline.ts';
import { importCsv } from './importCsv.ts';
import { importTimelineJs } from './importTimelineJs.ts';
import { importTimelineJs2, isTimelineJs2 } from './importTimelineJs2.ts';
import type { Result } from '../model/problem.ts';
import type { DatasetFile } from '../model/schema.ts';
import type { Timeline } from '../model/timeline.ts';

/** A converted dataset and its compiled timeline. */
export interface Imported {
  dataset: DatasetFile;
  timeline: Timeline;
}

/** What to import: the text of a CSV, or the parsed value of a TimelineJS JSON file. */
export type ImportInput = { format: 'csv'; text: string } | { format: 'timelinejs'; json: unknown };

/** Converts CSV text or a parsed TimelineJS value, and compiles the result (told its progress). */
export function importTimeline(
  input: ImportInput,
  fallbackTitle: string,
  onProgress?: OnProgress,
): Result<Imported> {
  const converted =
    input.format === 'csv'
      ? importCsv(input.text, { fallbackTitle })
      : isTimelineJs2(input.json)
        ? importTimelineJs2(input.json, { fallbackTitle })
        : importTimelineJs(input.json, { fallbackTitle });
  if (!converted.ok) return converted;
  const compiled = compileTimeline(converted.value, null, onProgress);
  if (!compiled.ok) return compiled;
  return { ok: true, value: { dataset: converted.value, timeline: compiled.value } };
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
