/** The source files a dataset names: `?data=`, `npm run validate` and `npm run cite` read them. */
import { SOURCE_FILE } from './datasetRules.ts';

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
    (file): file is string => typeof file === 'string' && SOURCE_FILE.test(file),
  );
  return [...new Set(named)];
}
