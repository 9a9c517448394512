/**
 * The `?data=` compiler off the main thread: one file in, progress and its compiled timeline (or
 * its problems) out. It asks the page for the source text a dataset names, so every download
 * stays on the main thread, with its limits and cancelling. Plain postMessage: the protocol is
 * four messages, smaller than any wrapper.
 */
import { compileDataset } from './compileDataset.ts';
import type { CompileResult, Progress } from './compileDataset.ts';
import type { FetchFailure, FetchedText } from '../fetchText.ts';

/** What the page sends: the file to compile, then the answer to a request for its source. */
export type ToWorker =
  | { kind: 'compile'; file: FetchedText }
  | { kind: 'source'; answer: { ok: true; text: string } | FetchFailure };

/** What the worker sends back. */
export type FromWorker =
  | { kind: 'progress'; progress: Progress }
  | { kind: 'read-source'; href: string }
  | { kind: 'done'; result: CompileResult }
  /** An exception inside the compiler: a bug, reported rather than left as a silent worker. */
  | { kind: 'crashed'; message: string };

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage: (message: FromWorker) => void;
};

let answerSource: ((answer: { ok: true; text: string } | FetchFailure) => void) | null = null;

scope.onmessage = ({ data }) => {
  if (data.kind === 'source') {
    answerSource?.(data.answer);
    answerSource = null;
    return;
  }
  compileDataset(data.file, {
    readSource: (href) =>
      new Promise((resolve) => {
        answerSource = resolve;
        scope.postMessage({ kind: 'read-source', href });
      }),
    onProgress: (progress) => scope.postMessage({ kind: 'progress', progress }),
  }).then(
    (result) => scope.postMessage({ kind: 'done', result }),
    (error: unknown) =>
      scope.postMessage({
        kind: 'crashed',
        message: error instanceof Error ? error.message : String(error),
      }),
  );
};
