/**
 * An imported file (TimelineJS3 or TimelineJS2 JSON, or a TimelineJS sheet as CSV) to a compiled
 * timeline: convert (convertImport.ts), then compile with no source text, so an import is checked
 * by exactly the rules a dataset in our format is. Used by the studio and `npm run import`.
 */
import { compileTimeline } from '../model/compileTimeline.ts';
import type { OnProgress } from '../model/compileChecked.ts';
import { convertImport } from './convertImport.ts';
import type { ImportInput } from './convertImport.ts';
import type { Result } from '../model/problem.ts';
import type { DatasetFile } from '../model/schema.ts';
import type { Timeline } from '../model/timeline.ts';

/** A converted dataset and its compiled timeline. */
export interface Imported {
  dataset: DatasetFile;
  timeline: Timeline;
}

/** Converts CSV text or a parsed TimelineJS value, and compiles the result (told its progress). */
export function importTimeline(
  input: ImportInput,
  fallbackTitle: string,
  onProgress?: OnProgress,
): Result<Imported> {
  const converted = convertImport(input, fallbackTitle);
  if (!converted.ok) return converted;
  const compiled = compileTimeline(converted.value, null, onProgress);
  if (!compiled.ok) return compiled;
  return { ok: true, value: { dataset: converted.value, timeline: compiled.value } };
}
