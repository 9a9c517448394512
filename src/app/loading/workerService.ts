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
import { compileDataset } from './compileDataset.ts';
import type { CompileResult, Progress } from './compileDataset.ts';
import { fetchText, sourceReader } from '../fetchText.ts';
import type { FetchFailure } from '../fetchText.ts';
import { CLONE_UP_TO, PART_SIZE, packEvents } from './packTimeline.ts';
import type { FromWorker, ToWorker } from './workerMessages.ts';

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
  const compiled: Promise<CompileResult> =
    data.kind === 'load'
      ? download(data.href, early, onProgress)
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
}

/** Reads the dataset at `href` (and downloads its source texts, on its origin); compiles it. */
async function download(
  href: string,
  early: Promise<Response> | undefined,
  onProgress: (progress: Progress) => void,
) {
  // prefetch.js sends only addresses on the page's origin: every answer must stay there.
  const fetching = { origin: new URL(href).origin };
  const file = await fetchText(href, early ? { ...fetching, early } : fetching);
  if (!file.ok) return file;
  scope.postMessage({ kind: 'fetched', at: performance.timeOrigin + performance.now() });
  return compileDataset(file.value, { readSource: sourceReader(fetching), onProgress });
}
