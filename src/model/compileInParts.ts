/**
 * compileFastEach for a file whose events are read a part at a time (formats/jsonParts.ts): each
 * part's events checked by the fast path, compiled and handed over before the next part is
 * parsed, so that no part's parsed objects outlive it (docs/performance.md, "The nineteenth
 * round"). It gives compileFastEach's answer for the whole file, or null where the fast path is
 * not sure (a part that does not parse, an event fastEvent declines, too many events): the caller
 * then drops the events it has been handed and compiles the whole file, zod and all.
 */
import { eventCompiler } from './compileChecked.ts';
import type { EventCompiler } from './compileChecked.ts';
import type { CompiledEach } from './compiledEach.ts';
import { eventCountFits } from './fastDataset.ts';
import { fastEvent } from './fastEvent.ts';
import type { SourceTexts } from './openSources.ts';
import type { Result } from './problem.ts';
import type { DatasetFile } from './schema.ts';
import type { TimelineEvent } from './timeline.ts';

/** A dataset's events in parts, as formats/jsonParts.ts reads them. */
export interface EventParts {
  /** The events' text, in characters: what `read` counts towards. */
  chars: number;
  /** The next part's items and the characters read so far; null after the last; `whole` if unsure. */
  next(): { items: unknown[]; read: number } | null | 'whole';
}

/**
 * Told how far a compile in parts has come: `done` events of about `total`. The total is
 * reckoned from the characters read (`about`) until the last part, then counted.
 */
export type OnPartsProgress = (progress: { done: number; total: number; about?: true }) => void;

/**
 * Compiles the events of `parts` into `head`, the rest of a dataset fastHead has passed (its own
 * `events` unread), each compiled event handed to `take`; null when the fast path is not sure.
 */
export function compileInParts(
  head: DatasetFile,
  parts: EventParts,
  sourceTexts: SourceTexts,
  take: (event: TimelineEvent) => void,
  onProgress?: OnPartsProgress,
): Result<CompiledEach> | null {
  let compiler: EventCompiler | undefined;
  let done = 0;
  for (let part = parts.next(); part !== null; part = parts.next()) {
    if (part === 'whole') return null;
    const { items, read } = part;
    compiler ??= eventCompiler(head, sourceTexts, take, reckon(items.length, read, parts.chars));
    for (const item of items) {
      const record = fastEvent(item);
      if (!record) return null;
      compiler.add(record);
    }
    done += items.length;
    if (!eventCountFits(done)) return null; // too many: zod words it
    if (read < parts.chars) {
      onProgress?.({ done, total: reckon(done, read, parts.chars), about: true });
    }
  }
  if (!compiler) return null;
  const compiled = compiler.finish();
  if (compiled.ok) onProgress?.({ done, total: done });
  return compiled;
}

/** How many events `chars` characters hold, if they are like the `done` events in the first `read`. */
function reckon(done: number, read: number, chars: number): number {
  return Math.max(done + 1, Math.round((done * chars) / read));
}
