/**
 * Runs compileDataset in a Web Worker (same origin, which the strict CSP allows), so a large
 * `?data=` file is parsed, checked and compiled while the page stays responsive. The worker is
 * started before the download, so its script arrives beside the data. Where no worker can run
 * (jsdom, a browser without module workers, a worker script that fails to load) the very same
 * function runs here instead. Cancelling terminates the worker: nothing it was doing can draw.
 * The page's first dataset has its worker started even earlier, by prefetch.js, which the
 * app takes over here (adoptWorker).
 */
import type { CompileHooks, CompileResult } from './compileDataset.ts';
import type { FromWorker, ToWorker } from './workerMessages.ts';
import { unpackEvents } from './packTimeline.ts';
import { timelineOf } from '../../model/compiledEach.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { FetchedText } from '../fetchText.ts';
import type { Prefetch } from '../takePrefetch.ts';

/** A compiler started ahead of its file. */
export interface Compiler {
  compile(file: FetchedText, hooks: CompileHooks): Promise<CompileResult>;
  /** Ends a compiler that will not be used (the download failed): its worker stops. */
  close(): void;
}

/** Where a cancelled compile says it went (the caller has moved on and ignores it). */
export const CANCELLED: CompileResult = {
  ok: false,
  problems: [{ where: 'dataset', message: 'was not loaded (another timeline was chosen)' }],
  unloaded: true,
};

/** A started worker, and whether its script has already failed (its error seen, or missed). */
interface Started {
  worker: Worker;
  failed?: boolean | undefined;
}

/** Starts a compiler: a worker if one can start, else the main thread. */
export function startCompiler(signal?: AbortSignal): Compiler {
  const started = typeof Worker === 'undefined' ? null : spawn();
  if (!started) return { compile: onMainThread, close: () => undefined };
  const { worker } = started;
  signal?.addEventListener('abort', () => worker.terminate(), { once: true });
  return {
    compile: (file, hooks) =>
      signal?.aborted
        ? Promise.resolve(CANCELLED)
        : inWorker(started, file, hooks, signal).then(
            (result) => result ?? onMainThread(file, hooks),
          ),
    close: () => worker.terminate(),
  };
}

function spawn(): Started | null {
  try {
    const worker = new Worker(new URL('./compileDataset.worker.ts', import.meta.url), {
      type: 'module',
    });
    const started: Started = { worker };
    // Its script may fail before anyone listens (while the file downloads): remembered.
    worker.onerror = (event) => {
      event.preventDefault();
      started.failed = true;
    };
    return started;
  } catch {
    return null; // no module workers here
  }
}

/** The same function on this thread, loaded on demand (the default page never needs it). */
async function onMainThread(file: FetchedText, hooks: CompileHooks): Promise<CompileResult> {
  const { compileDataset } = await import('./compileDataset.ts');
  return compileDataset(file, hooks);
}

/** What listening to a worker needs, besides the hooks. */
interface Listening {
  hooks: CompileHooks;
  signal: AbortSignal | undefined;
  /** A downloading worker's file has arrived (ms since 1970). */
  onFetched?: ((at: number) => void) | undefined;
}

/** The worker's result; null if the worker could not run (then the main thread does it). */
function inWorker(
  started: Started,
  file: FetchedText,
  hooks: CompileHooks,
  signal: AbortSignal | undefined,
): Promise<CompileResult | null> {
  const { worker } = started;
  return listen(started, { hooks, signal }, () => {
    const message: ToWorker = { kind: 'compile', file };
    worker.postMessage(message);
  });
}

/**
 * The result of the worker prefetch.js started, which downloads and compiles the dataset itself:
 * its messages so far are replayed, then it is listened to. Null if it could not run.
 */
export function adoptWorker(
  worker: Worker,
  { messages = [], failed }: Pick<Prefetch, 'messages' | 'failed'>,
  hooks: CompileHooks,
  signal: AbortSignal | undefined,
  onFetched: (at: number) => void,
): Promise<CompileResult | null> {
  return listen({ worker, failed }, { hooks, signal, onFetched }, (receive) =>
    messages.forEach(receive),
  );
}

/** Listens to `worker` until it is done, after `begin` (which may deliver messages itself). */
function listen(
  { worker, failed }: Started,
  { hooks, signal, onFetched }: Listening,
  begin: (receive: (data: FromWorker) => void) => void,
): Promise<CompileResult | null> {
  return new Promise((resolve, reject) => {
    let ended = false;
    // A large timeline's events, unpacked part by part as they arrive (before its `done`), in
    // the file's order until its `done` gives their time order.
    const events: TimelineEvent[] = [];
    const finish = () => {
      ended = true;
      worker.terminate();
      signal?.removeEventListener('abort', cancelled);
    };
    const cancelled = () => {
      finish();
      resolve(CANCELLED);
    };
    const receive = (data: FromWorker) => {
      if (ended) return;
      if (data.kind === 'progress') hooks.onProgress?.(data.progress);
      else if (data.kind === 'fetched') onFetched?.(data.at);
      else if (data.kind === 'events') {
        for (const event of unpackEvents(data.packed)) events.push(event);
      } else if (data.kind === 'start-over') {
        events.length = 0;
      } else if (data.kind === 'read-source') {
        hooks.readSource(data.href).then((answer) => {
          const message: ToWorker = { kind: 'source', answer };
          worker.postMessage(message);
        }, reject);
      } else if (data.kind === 'done') {
        finish();
        const { result } = data;
        resolve(
          result.ok && 'inParts' in result
            ? { ok: true, value: timelineOf(result.inParts, events) }
            : result,
        );
      } else {
        finish();
        reject(new Error(data.message));
      }
    };
    if (signal?.aborted) {
      cancelled();
      return;
    }
    if (failed) {
      finish();
      resolve(null);
      return;
    }
    signal?.addEventListener('abort', cancelled, { once: true });
    worker.onerror = (event) => {
      // The script did not load or run: this thread does the work instead.
      event.preventDefault();
      finish();
      resolve(null);
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => receive(data);
    begin(receive);
  });
}
