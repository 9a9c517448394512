/**
 * Runs compileDataset in a Web Worker (same origin, which the strict CSP allows), so a large
 * `?data=` file is parsed, checked and compiled while the page stays responsive. The worker is
 * started before the download, so its script arrives beside the data. Where no worker can run
 * (jsdom, a browser without module workers, a worker script that fails to load) the very same
 * function runs here instead. Cancelling terminates the worker: nothing it was doing can draw.
 */
import type { CompileHooks, CompileResult } from './compileDataset.ts';
import type { FromWorker, ToWorker } from './compileDataset.worker.ts';
import type { FetchedText } from '../fetchText.ts';

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

/** Starts a compiler: a worker if one can start, else the main thread. */
export function startCompiler(signal?: AbortSignal): Compiler {
  const worker = typeof Worker === 'undefined' ? null : spawn();
  if (!worker) return { compile: onMainThread, close: () => undefined };
  signal?.addEventListener('abort', () => worker.terminate(), { once: true });
  return {
    compile: (file, hooks) =>
      signal?.aborted
        ? Promise.resolve(CANCELLED)
        : inWorker(worker, file, hooks, signal).then(
            (result) => result ?? onMainThread(file, hooks),
          ),
    close: () => worker.terminate(),
  };
}

function spawn(): Worker | null {
  try {
    return new Worker(new URL('./compileDataset.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null; // no module workers here
  }
}

/** The same function on this thread, loaded on demand (the default page never needs it). */
async function onMainThread(file: FetchedText, hooks: CompileHooks): Promise<CompileResult> {
  const { compileDataset } = await import('./compileDataset.ts');
  return compileDataset(file, hooks);
}

/** The worker's result; null if the worker could not run (then the main thread does it). */
function inWorker(
  worker: Worker,
  file: FetchedText,
  hooks: CompileHooks,
  signal: AbortSignal | undefined,
): Promise<CompileResult | null> {
  return new Promise((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', cancelled);
    };
    const cancelled = () => {
      finish();
      resolve(CANCELLED);
    };
    signal?.addEventListener('abort', cancelled, { once: true });
    worker.onerror = (event) => {
      // The script did not load or run: this thread does the work instead.
      event.preventDefault();
      finish();
      resolve(null);
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.kind === 'progress') hooks.onProgress?.(data.progress);
      else if (data.kind === 'read-source') {
        hooks.readSource(data.href).then((answer) => {
          const message: ToWorker = { kind: 'source', answer };
          worker.postMessage(message);
        }, reject);
      } else if (data.kind === 'done') {
        finish();
        resolve(data.result);
      } else {
        finish();
        reject(new Error(data.message));
      }
    };
    const message: ToWorker = { kind: 'compile', file };
    worker.postMessage(message);
  });
}
