/**
 * What loading/prefetch.js started for a `?data=` address before the app's script arrived: a tiny
 * classic script in the page's head. Where module workers run, it started the compile worker on
 * the dataset (the worker downloads and compiles it, and its messages wait in `messages` until the
 * app listens); elsewhere, the download alone. It loads only an http(s) address on the page's own
 * origin; the app still checks everything about the answer (fetchText.ts). Taken once: a later
 * load of another dataset starts afresh.
 */
import type { FromWorker } from './loading/workerMessages.ts';

/** What prefetch.js leaves on the window: a started worker, or a started download. */
export interface Prefetch {
  url: string;
  /** The compile worker, sent `{ kind: 'load' }` for `url`. */
  worker?: Worker;
  /** Its messages so far, in order, until the app sets its own listener. */
  messages?: FromWorker[];
  /** Its script could not load or run. */
  failed?: boolean;
  /** The download, started only where no worker could be: the app reads it. */
  response?: Promise<Response>;
}

declare global {
  interface Window {
    __sourcelinePrefetch?: Prefetch | undefined;
  }
}

/** What was started early for `url`, if anything; it is handed out once. */
export function takePrefetch(url: string): Prefetch | undefined {
  if (typeof window === 'undefined') return undefined;
  const prefetch = window.__sourcelinePrefetch;
  if (!prefetch || prefetch.url !== url) return undefined;
  window.__sourcelinePrefetch = undefined;
  return prefetch;
}
