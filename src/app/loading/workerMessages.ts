/**
 * The messages between the page and the `?data=` compile worker (compileDataset.worker.ts, whose
 * work is in workerService.ts). Plain postMessage: the protocol is a handful of messages, smaller
 * than any wrapper.
 */
import type { CompileResult, Progress } from './compileDataset.ts';
import type { FetchFailure, FetchedText } from '../fetchText.ts';
import type { PackedEvents } from './packTimeline.ts';
import type { CompiledEach } from '../../model/compiledEach.ts';
import type { Timeline } from '../../model/timeline.ts';

/** What the page sends: the file to compile (or to download), the answer for its source. */
export type ToWorker =
  | { kind: 'compile'; file: FetchedText }
  | { kind: 'load'; href: string }
  | { kind: 'source'; answer: { ok: true; text: string } | FetchFailure };

/**
 * A compile's result as the worker sends it: a small timeline as it is; a large one's all but
 * its events, which came before it in `events` messages in the file's order, with their time
 * order (model/compiledEach.ts); or what the compile said.
 */
export type DoneResult =
  | Exclude<CompileResult, { ok: true }>
  | { ok: true; inParts: CompiledEach }
  | { ok: true; value: Timeline };

/** What the worker sends back. */
export type FromWorker =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'read-source'; href: string }
  /** A `load`'s file has arrived, at this time (ms since 1970: the worker's clock is its own). */
  | { kind: 'fetched'; at: number }
  /**
   * A large timeline's next PART_SIZE events (or its last few), in the file's order, packed
   * (packTimeline.ts: a second's copying saved). They are sent one part after another so that
   * the page unpacks each while the worker packs the next.
   */
  | { kind: 'events'; packed: PackedEvents }
  /**
   * The events sent so far are not the timeline's: a file read in parts turned out to need the
   * whole-file path (compileDataset.ts), whose events come next from the first.
   */
  | { kind: 'start-over' }
  /** The result: a small timeline as it is; a large one's rest, after all its events. */
  | { kind: 'done'; result: DoneResult }
  /** An exception inside the compiler: a bug, reported rather than left as a silent worker. */
  | { kind: 'crashed'; message: string };
