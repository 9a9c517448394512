/**
 * The `?data=` answer public/prefetch.js received, handed to the compile worker. A Response
 * cannot cross postMessage, but its parts can, its body (a ReadableStream) transferred rather
 * than copied; here it becomes a Response again, which fetchText checks like any other.
 */

/** A response's parts, or why the request failed. */
export type EarlyAnswer =
  | {
      url: string;
      status: number;
      headers: [string, string][];
      body: ReadableStream<Uint8Array> | null;
    }
  | { error: string };

/** The answer as fetch would have given it; undefined if it cannot be rebuilt (fetch afresh). */
export function responseOf(answer: EarlyAnswer): Promise<Response> | undefined {
  if ('error' in answer) return Promise.reject(new TypeError(answer.error));
  let response: Response;
  try {
    const { status, headers } = answer;
    response = new Response(answer.body, { status, headers });
  } catch {
    return undefined; // a status a made Response may not have (204 with a body, say)
  }
  // A made Response has no address of its own; fetchText checks where the answer came from.
  Object.defineProperty(response, 'url', { value: answer.url });
  return Promise.resolve(response);
}
