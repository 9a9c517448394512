/**
 * The `?data=` compile worker's first module, kept to a few lines so that it runs as soon as the
 * worker starts. prefetch.js names the worker after the page's file ("load " and its address):
 * this module asks for that file first thing, while the compiler's code (workerService.ts, a
 * chunk of its own) is still arriving. The page's `load` message, which has the same address,
 * then reads that download. Waiting for the message instead asked for the file about 20 ms
 * later, since the message is handled only once the compiler's chunk has arrived and been
 * compiled (docs/performance.md, "The tenth round"). Reading the answer here rather than on the
 * page keeps the body off the page's busy main thread. Every message waits for that code and is
 * handled in the order it came.
 */
import type { ToWorker } from './workerMessages.ts';

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  name?: string;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
};

/** How prefetch.js names a worker that should ask for a file at once. */
const LOAD = 'load ';

/** The download the worker's name asked for, until a `load` message takes it. */
let started: { href: string; response: Promise<Response> } | undefined = startNamed(scope.name);

const service = import('./workerService.ts');
// Code that cannot load is an error of the worker's script, as if its first module had failed:
// the page's `error` listener then has the dataset loaded on the main thread instead.
service.catch((error: unknown) =>
  setTimeout(() => {
    throw error;
  }),
);

scope.onmessage = ({ data }) => {
  const early = data.kind === 'load' ? takeDownload(data.href) : undefined;
  service.then(
    ({ handle }) => handle(data, early),
    () => undefined,
  );
};

function startNamed(name: string | undefined) {
  if (!name?.startsWith(LOAD)) return undefined;
  const href = name.slice(LOAD.length);
  return { href, response: quiet(fetch(href)) };
}

/** The download already under way for `href`, or a new one: the message's address decides. */
function takeDownload(href: string): Promise<Response> {
  const response = started?.href === href ? started.response : quiet(fetch(href));
  started = undefined;
  return response;
}

/** Read (or refused) by the service; a failure seen before then is not an unhandled one. */
function quiet(response: Promise<Response>): Promise<Response> {
  response.catch(() => undefined);
  return response;
}
