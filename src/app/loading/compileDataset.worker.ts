/**
 * The `?data=` compiler off the main thread: progress and a compiled timeline (or its problems)
 * out. Two ways in:
 * - `load`: the page's first dataset, sent by prefetch.js before the app's script has
 *   arrived, with the answer to the download it started (earlyAnswer.ts). The worker reads and
 *   checks it, and downloads the source text it names, with fetchText and its usual limits, so
 *   nothing waits for the app.
 * - `compile`: a file the app has downloaded; the worker asks the app for the source text a
 *   dataset names, so those downloads share the app's limits and cancelling.
 * Plain postMessage: the protocol is a handful of messages, smaller than any wrapper.
 */
import { compileDataset } from './compileDataset.ts';
import type { CompileResult, Progress } from './compileDataset.ts';
import { fetchText, sourceReader } from '../fetchText.ts';
import type { FetchFailure, FetchedText } from '../fetchText.ts';
import { responseOf } from './earlyAnswer.ts';
import type { EarlyAnswer } from './earlyAnswer.ts';
import { CLONE_UP_TO, PART_SIZE, packEvents } from './packTimeline.ts';
import type { PackedEvents } from './packTimeline.ts';
import type { Timeline } from '../../model/timeline.ts';

/** What the page sends: the file to compile (or to download), the answer for its source. */
export type ToWorker =
  | { kind: 'compile'; file: FetchedText }
  | { kind: 'load'; href: string; answer?: EarlyAnswer }
  | { kind: 'source'; answer: { ok: true; text: string } | FetchFailure };

/**
 * A compile's result as the worker sends it: a small timeline as it is; a large one's all but
 * its events, which came before it in `events` messages; or what the compile said.
 */
export type DoneResult =
  | Exclude<CompileResult, { ok: true }>
  | { ok: true; rest: Omit<Timeline, 'events'> }
  | { ok: true; value: Timeline };

/** What the worker sends back. */
export type FromWorker =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'read-source'; href: string }
  /** A `load`'s file has arrived, at this time (ms since 1970: the worker's clock is its own). */
  | { kind: 'fetched'; at: number }
  /**
   * A large timeline's next PART_SIZE events (or its last few), in time order, packed
   * (packTimeline.ts: a second's copying saved). They are sent one part after another so that
   * the page unpacks each while the worker packs the next.
   */
  | { kind: 'events'; packed: PackedEvents }
  /** The result: a small timeline as it is; a large one's rest, after all its events. */
  | { kind: 'done'; result: DoneResult }
  /** An exception inside the compiler: a bug, reported rather than left as a silent worker. */
  | { kind: 'crashed'; message: string };

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
};

let answerSource: ((answer: { ok: true; text: string } | FetchFailure) => void) | null = null;

scope.onmessage = ({ data }) => {
  if (data.kind === 'source') {
    answerSource?.(data.answer);
    answerSource = null;
    return;
  }
  const onProgress = (progress: Progress) => scope.postMessage({ kind: 'progress', progress });
  const compiled: Promise<CompileResult> =
    data.kind === 'load'
      ? download(data.href, data.answer, onProgress)
      : compileDataset(data.file, {
          readSource: (href) =>
            new Promise((resolve) => {
              answerSource = resolve;
              scope.postMessage({ kind: 'read-source', href });
            }),
          onProgress,
        });
  compiled.then(
    (result) => {
      if (!result.ok || result.value.events.length <= CLONE_UP_TO) {
        return scope.postMessage({ kind: 'done', result });
      }
      const { events, ...rest } = result.value;
      for (let from = 0; from < events.length; from += PART_SIZE) {
        const { packed, transfer } = packEvents(events.slice(from, from + PART_SIZE));
        scope.postMessage({ kind: 'events', packed }, transfer);
      }
      scope.postMessage({ kind: 'done', result: { ok: true, rest } });
    },
    (error: unknown) =>
      scope.postMessage({
        kind: 'crashed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};

/** Reads the dataset at `href` (and downloads its source texts, on its origin); compiles it. */
async function download(
  href: string,
  answer: EarlyAnswer | undefined,
  onProgress: (progress: Progress) => void,
) {
  // prefetch.js sends only addresses on the page's origin: every answer must stay there.
  const fetching = { origin: new URL(href).origin };
  const early = answer && responseOf(answer);
  const file = await fetchText(href, early ? { ...fetching, early } : fetching);
  if (!file.ok) return file;
  scope.postMessage({ kind: 'fetched', at: performance.timeOrigin + performance.now() });
  return compileDataset(file.value, { readSource: sourceReader(fetching), onProgress });
}
