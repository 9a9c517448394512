/**
 * What the `?data=` compile worker does with each message (compileDataset.worker.ts hands them
 * over, in order): progress and a compiled timeline (or its problems) out. Two ways in:
 * - `load`: the page's first dataset, sent by prefetch.js before the app's script has arrived.
 *   The worker's first module has already asked for the file; here it is read and checked with
 *   fetchText and its usual limits, compiled, and the source text it names downloaded, so nothing
 *   waits for the app.
 * - `compile`: a file the app has downloaded; the worker asks the app for the source text a
 *   dataset names, so those downloads share the app's limits and cancelling.
 */
import { compileDatasetEach } from './compileDataset.ts';
import type { EachResult, Progress, Taking } from './compileDataset.ts';
import { fetchText, sourceReader } from '../fetchText.ts';
import type { FetchFailure } from '../fetchText.ts';
import { CLONE_UP_TO, PART_SIZE, packEvents } from './packTimeline.ts';
import type { FromWorker, ToWorker } from './workerMessages.ts';
import { timelineOf } from '../../model/compiledEach.ts';
import type { TimelineEvent } from '../../model/timeline.ts';

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  postMessage: (message: FromWorker, transfer?: Transferable[]) => void;
};

let answerSource: ((answer: { ok: true; text: string } | FetchFailure) => void) | null = null;

/** Handles one message from the page; `early` is a `load`'s download, already under way. */
export function handle(data: ToWorker, early?: Promise<Response>): void {
  if (data.kind === 'source') {
    answerSource?.(data.answer);
    answerSource = null;
    return;
  }
  const onProgress = (progress: Progress) => scope.postMessage({ kind: 'progress', progress });
  const parts = partSender();
  const compiled: Promise<EachResult> =
    data.kind === 'load'
      ? download(data.href, early, onProgress, parts)
      : compileDatasetEach(
          data.file,
          {
            readSource: (href) =>
              new Promise((resolve) => {
                answerSource = resolve;
                scope.postMessage({ kind: 'read-source', href });
              }),
            onProgress,
          },
          parts,
        );
  compiled.then(parts.finish, (error: unknown) =>
    scope.postMessage({
      kind: 'crashed',
      message: error instanceof Error ? error.message : String(error),
    }),
  );
}

/**
 * Where a compile's events go as they come. Up to CLONE_UP_TO they are kept, and go with the
 * result as a timeline; past that, in parts of PART_SIZE, in the file's order, each packed and
 * posted as soon as it is full, so no compiled event outlives its part; the result then brings
 * the rest of the timeline and the events' time order. Starting over (a file read in parts that
 * needs the whole-file path after all) drops what is kept and tells the page to drop what it has.
 */
function partSender(): Taking & { finish: (result: EachResult) => void } {
  let kept: TimelineEvent[] = [];
  let inParts = false;
  const send = (events: readonly TimelineEvent[]) => {
    const { packed, transfer } = packEvents(events);
    scope.postMessage({ kind: 'events', packed }, transfer);
  };
  return {
    take: (event: TimelineEvent): void => {
      kept.push(event);
      if (!inParts && kept.length <= CLONE_UP_TO) return;
      inParts = true;
      if (kept.length < PART_SIZE) return;
      let from = 0;
      for (; from + PART_SIZE <= kept.length; from += PART_SIZE)
        send(kept.slice(from, from + PART_SIZE));
      kept = kept.slice(from);
    },
    startOver: (): void => {
      if (inParts) scope.postMessage({ kind: 'start-over' });
      kept = [];
      inParts = false;
    },
    finish: (result: EachResult): void => {
      if (!result.ok) return scope.postMessage({ kind: 'done', result });
      if (!inParts) {
        const value = timelineOf(result.value, kept);
        return scope.postMessage({ kind: 'done', result: { ok: true, value } });
      }
      if (kept.length > 0) send(kept);
      kept = [];
      const { order } = result.value;
      scope.postMessage({ kind: 'done', result: { ok: true, inParts: result.value } }, [
        order.buffer,
      ]);
    },
  };
}

/** Reads the dataset at `href` (and downloads its source texts, on its origin); compiles it. */
async function download(
  href: string,
  early: Promise<Response> | undefined,
  onProgress: (progress: Progress) => void,
  taking: Taking,
): Promise<EachResult> {
  // prefetch.js sends only addresses on the page's origin: every answer must stay there.
  const fetching = { origin: new URL(href).origin };
  const file = await fetchText(href, early ? { ...fetching, early } : fetching);
  if (!file.ok) return file;
  scope.postMessage({ kind: 'fetched', at: performance.timeOrigin + performance.now() });
  return compileDatasetEach(file.value, { readSource: sourceReader(fetching), onProgress }, taking);
}
