/**
 * The edge where untrusted dataset text enters: JSON parsing plus compilation, with every
 * failure turned into located problems instead of exceptions.
 */
import { compileTimeline } from './compileTimeline.ts';
import type { SourceTexts } from './openSources.ts';
import type { Result } from './problem.ts';
import type { Timeline } from './timeline.ts';

/** Parses dataset JSON text and compiles it against its source texts. */
export function loadDataset(jsonText: string, sourceTexts: SourceTexts): Result<Timeline> {
  let raw: unknown;
  try {
    raw = JSON.parse(jsonText);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ where: 'file', message: `is not valid JSON (${detail.slice(0, 200)})` }],
    };
  }
  return compileTimeline(raw, sourceTexts);
}

/**
 * The source files a raw dataset names, in its `source` or its `sources` (read before compiling,
 * into the map compileTimeline takes). Only plain names beside the dataset: nothing else is read.
 */
export function sourceFilesOf(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null) return [];
  const { source, sources } = raw as { source?: unknown; sources?: unknown };
  const list: unknown[] = Array.isArray(sources) ? sources.slice(0, 50) : [source];
  const files = list.map((item) =>
    typeof item === 'object' && item !== null ? (item as { file?: unknown }).file : undefined,
  );
  const named = files.filter(
    (file): file is string =>
      typeof file === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/.test(file),
  );
  return [...new Set(named)];
}
