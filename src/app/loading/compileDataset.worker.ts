/**
 * The `?data=` compile worker's first module, kept to a few lines so that it runs as soon as the
 * worker starts: a `load` (prefetch.js's, as the page begins) asks for its file here, at once,
 * while the compiler's code (workerService.ts, a chunk of its own) is still arriving. Reading the
 * answer here rather than on the page keeps the body off the page's busy main thread
 * (docs/performance.md, "The ninth round"). Every message waits for that code and is handled in
 * the order it came.
 */
import type { ToWorker } from './workerMessages.ts';

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

const service = import('./workerService.ts');
// Code that cannot load is an error of the worker's script, as if its first module had failed:
// the page's `error` listener then has the dataset loaded on the main thread instead.
service.catch((error: unknown) =>
  setTimeout(() => {
    throw error;
  }),
);

scope.onmessage = ({ data }) => {
  const early = data.kind === 'load' ? fetch(data.href) : undefined;
  // Read (or refused) by the service; a failure seen before then is not an unhandled one.
  early?.catch(() => undefined);
  service.then(
    ({ handle }) => handle(data, early),
    () => undefined,
  );
};
