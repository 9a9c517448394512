/**
 * The edge where untrusted dataset text enters: JSON parsing plus compilation, with every
 * failure turned into located problems instead of exceptions.
 */
import { compileTimeline } from './compileTimeline.ts';
import type { Result } from './problem.ts';
import type { Timeline } from './timeline.ts';

/** Parses dataset JSON text and compiles it against its source text. */
export function loadDataset(jsonText: string, sourceText: string | null): Result<Timeline> {
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
  return compileTimeline(raw, sourceText);
}

/** The source file a raw dataset names, if it names one (read before compiling). */
export function sourceFileOf(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const source = (raw as { source?: unknown }).source;
  if (typeof source !== 'object' || source === null) return null;
  const file = (source as { file?: unknown }).file;
  return typeof file === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*\.txt$/.test(file) ? file : null;
}
