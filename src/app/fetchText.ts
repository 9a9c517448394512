/**
 * Downloading one file of a `?data=` dataset, with limits that hold whatever the server does:
 * the answer must come from the page's own origin after any redirect; its bytes are counted as
 * they arrive and the download stops at the limit (a server need not send Content-Length); a
 * download that stalls is given up with a message saying so; and the caller can cancel it (a new
 * choice of dataset). The bytes are decoded by BOM or declared charset (formats/decodeText.ts).
 */
import { decodeText, textDecoding } from '../formats/decodeText.ts';
import type { Problem } from '../model/problem.ts';

/** The `fetch` the loader uses (tests pass their own). */
export type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** A downloaded text file: its text, the type it was served as, and where it came from. */
export interface FetchedText {
  text: string;
  contentType: string | null;
  /** The final URL, after any redirect on the same origin. */
  url: string;
}

/**
 * A failed download. `unloaded` means nothing wrong with the dataset is known (the network
 * failed, the download stalled or was cancelled): trying again may work.
 */
export interface FetchFailure {
  ok: false;
  problems: Problem[];
  unloaded?: true;
}

/** Limits and the cancel signal of a download. */
export interface FetchOptions {
  fetchFn?: Fetch;
  /** Aborting it cancels the download (a new choice of dataset). */
  signal?: AbortSignal | undefined;
  /** How long the download may go without receiving anything before it is given up. */
  stallMs?: number | undefined;
  maxBytes?: number | undefined;
  /** The only origin an answer may come from (default: the requested URL's, the page's). */
  origin?: string | undefined;
  /** The answer to this very request, already on its way (see takePrefetch.ts): used, not refetched. */
  early?: Promise<Response> | undefined;
}

/** The largest dataset or source text read, in bytes. */
export const MAX_BYTES = 64 * 1024 * 1024;

/** How long a download may receive nothing before it is given up. */
export const STALL_MS = 30_000;

/** Why a download was aborted: it stalled, or it was cancelled (or is no longer needed). */
class Stalled extends Error {}
class Cancelled extends Error {}

/** "timeline.json" from a URL: where a problem with the file is. */
export function fileName(url: string): string {
  try {
    return new URL(url).pathname.split('/').pop() || url;
  } catch {
    return url;
  }
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

/** Downloads and decodes the text at `url`, or says plainly why it could not. */
export async function fetchText(
  url: string,
  options: FetchOptions = {},
): Promise<{ ok: true; value: FetchedText } | FetchFailure> {
  const { fetchFn = (u, init) => fetch(u, init), signal, maxBytes = MAX_BYTES } = options;
  const stallMs = options.stallMs ?? STALL_MS;
  const origin = options.origin ?? originOf(url);
  const where = fileName(url);
  const fail = (message: string, unloaded = false): FetchFailure => ({
    ok: false,
    problems: [{ where, message }],
    ...(unloaded && { unloaded: true as const }),
  });
  const controller = new AbortController();
  const cancel = () => controller.abort(new Cancelled());
  if (signal?.aborted) cancel();
  signal?.addEventListener('abort', cancel, { once: true });
  // Every wait below also ends when the download is aborted, even with a fetch that ignores it.
  const aborted = new Promise<never>((_resolve, reject) => {
    const onAbort = () => {
      const reason: unknown = controller.signal.reason;
      reject(reason instanceof Error ? reason : new Cancelled());
    };
    if (controller.signal.aborted) onAbort();
    else controller.signal.addEventListener('abort', onAbort, { once: true });
  });
  aborted.catch(() => undefined);
  const race = <T>(promise: Promise<T>): Promise<T> => Promise.race([promise, aborted]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stillArriving = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Stalled()), stallMs);
  };
  const failureOf = (error: unknown, otherwise: FetchFailure): FetchFailure => {
    if (error instanceof Stalled) {
      return fail(
        `stopped arriving: nothing came for ${Math.round(stallMs / 1000)} seconds (the server or the connection stalled); try again`,
        true,
      );
    }
    if (error instanceof Cancelled)
      return fail('was not loaded (another timeline was chosen)', true);
    return otherwise;
  };
  try {
    stillArriving();
    let response: Response;
    try {
      response = await race(options.early ?? fetchFn(url, { signal: controller.signal }));
    } catch (error) {
      return failureOf(error, fail('could not be loaded (the network request failed)', true));
    }
    // Where the answer came from, after redirects ('' from a test's hand-made Response).
    const finalUrl = response.url || url;
    const finalOrigin = originOf(finalUrl);
    if (finalOrigin !== origin) {
      controller.abort(new Cancelled());
      const elsewhere = finalOrigin && finalOrigin !== 'null' ? ` (${finalOrigin})` : '';
      return fail(
        `was not read: the address redirected to another site${elsewhere}, and timelines are loaded only from this site`,
      );
    }
    if (!response.ok) return fail(`could not be loaded (the server answered ${response.status})`);
    const declared = Number(response.headers.get('content-length') ?? 0);
    const tooLarge = fail(`is too large (the limit is ${maxBytes} bytes)`);
    if (declared > maxBytes) return tooLarge;
    const contentType = response.headers.get('content-type');
    let text: string | null;
    try {
      text = await race(readText(response, contentType, maxBytes, stillArriving));
    } catch (error) {
      return failureOf(error, fail('could not be read (the download broke off)', true));
    }
    if (text === null) {
      controller.abort(new Cancelled());
      return tooLarge;
    }
    return { ok: true, value: { text, contentType, url: finalUrl } };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/**
 * From this many declared bytes, a body is decoded as it arrives (formats/decodeText.ts,
 * textDecoding), not once it is all in: decoding 33 MB (100,000 events) takes 0.1-0.3 s, which
 * then overlaps the download (docs/performance.md, "The ninth round").
 */
export const DECODE_AS_IT_ARRIVES = 1024 * 1024;

/** The body's text, its bytes counted as they arrive; null as soon as they pass `maxBytes`. */
async function readText(
  response: Response,
  contentType: string | null,
  maxBytes: number,
  onChunk: () => void,
): Promise<string | null> {
  const body = response.body;
  // A small body with a declared length (already checked against the limit, and enforced by the
  // browser) is read whole. Counting chunk by chunk is for answers that declare none, and
  // decoding so for large ones; reading an ordinary answer through a reader on the page left
  // Chromium reporting some completed requests as aborted (seen for a dataset's source text
  // opened from the picker).
  const declared = Number(response.headers.get('content-length') ?? '');
  if (body === null || (declared > 0 && declared < DECODE_AS_IT_ARRIVES)) {
    const whole = new Uint8Array(await response.arrayBuffer());
    onChunk();
    return whole.byteLength > maxBytes ? null : decodeText(whole, contentType);
  }
  const reader = body.getReader();
  const decoding = textDecoding(contentType);
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    onChunk();
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    decoding.push(value);
  }
  return decoding.end();
}

/** Reads source texts with fetchText, under the dataset's download limits and cancelling. */
export function sourceReader(
  fetching: FetchOptions,
): (href: string) => Promise<{ ok: true; text: string } | FetchFailure> {
  return async (href) => {
    const source = await fetchText(href, fetching);
    return source.ok ? { ok: true, text: source.value.text } : source;
  };
}
