/**
 * Validation and compilation of a dataset: schema (validateDataset.ts), then dates, ids and quotes
 * (compileChecked.ts). Returns either the compiled `Timeline` or every problem found, each located
 * by event and field.
 */
import { compileChecked } from './compileChecked.ts';
import type { OnProgress } from './compileChecked.ts';
import { clipValue, plainMessage } from './plainMessage.ts';
import type { Result } from './problem.ts';
import { validateDataset } from './validateDataset.ts';
import type { SourceTexts } from './openSources.ts';
import type { Timeline } from './timeline.ts';

/** Locates a field of the raw input: `events[3] "clinton-signs" › date`. */
export function locate(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'dataset';
  const [head, index, ...rest] = path;
  if (head === 'events' && typeof index === 'number') {
    const id = eventIdAt(raw, index);
    const where = `events[${index}]${id ? ` "${id}"` : ''}`;
    return rest.length ? `${where} › ${dotted(rest)}` : where;
  }
  return dotted(path);
}

/** `citations.0.exact` → `citations[0].exact`, as compileEvent writes its own locations. */
function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((key) => clipValue(String(key), 60))
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function eventIdAt(raw: unknown, index: number): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const events = (raw as { events?: unknown }).events;
  if (!Array.isArray(events)) return null;
  const event: unknown = events[index];
  if (typeof event !== 'object' || event === null) return null;
  const id = (event as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= 80 ? id : null;
}

/** The raw value at a schema path (undefined where the path leads nowhere). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Validates a parsed JSON value and compiles it, with the source texts it cites (if any). */
export function compileTimeline(
  raw: unknown,
  sourceTexts: SourceTexts,
  onProgress?: OnProgress,
): Result<Timeline> {
  const parsed = validateDataset(
    raw,
    onProgress && ((done, total) => onProgress({ done: Math.floor(done / 2), total })),
  );
  if (!parsed.ok) {
    return {
      ok: false,
      // Every issue is a problem (the screen lists the first few and counts the rest).
      problems: parsed.issues.map((issue) => ({
        where: locate(raw, issue.path),
        message: plainMessage(issue, valueAt(raw, issue.path)),
      })),
    };
  }
  return compileChecked(parsed.data, sourceTexts, onProgress);
}
