/**
 * The `?data=` download that public/prefetch.js started before the app's script arrived: a tiny
 * classic script in the page's head, so the data and the app's code download side by side. It
 * fetches only an http(s) address on the page's own origin; the app still checks everything about
 * the answer (fetchText.ts). Taken once: a later load of another dataset fetches afresh.
 */

/** What prefetch.js leaves on the window. */
interface Prefetch {
  url: string;
  response: Promise<Response>;
}

declare global {
  interface Window {
    __sourcelinePrefetch?: Prefetch | undefined;
  }
}

/** The early answer for `url`, if one was started; it is handed out once. */
export function takePrefetch(url: string): Promise<Response> | undefined {
  if (typeof window === 'undefined') return undefined;
  const prefetch = window.__sourcelinePrefetch;
  if (!prefetch || prefetch.url !== url) return undefined;
  window.__sourcelinePrefetch = undefined;
  return prefetch.response;
}
