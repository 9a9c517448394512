// The real ICC timeline, compiled the way the build compiles it, for layout and component tests.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileDatasetDir } from '../../build/datasets.ts';
import type { Timeline, TimelineEvent } from '../../src/model/timeline.ts';

// A path, not `new URL(…, import.meta.url)`: Vite rewrites that form into a served-asset URL.
const DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../data/icc-putin-warrant');

/** Compiles data/icc-putin-warrant, failing loudly if it does not compile. */
export function iccTimeline(): Timeline {
  const result = compileDatasetDir(DATA_DIR);
  if (!result.ok)
    throw new Error(`the ICC dataset does not compile: ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The event with `id`, failing the test if there is none. */
export function eventById(timeline: Timeline, id: string): TimelineEvent {
  const event = timeline.events.find((e) => e.id === id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}
