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
