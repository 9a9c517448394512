/**
 * The `?data=` answer prefetch.js received, handed to the compile worker. A Response
 * cannot cross postMessage, but its parts can, its body (an ArrayBuffer) transferred rather than
 * copied; here it becomes a Response again, which fetchText checks like any other. A body
 * declared too large is not read: the Response has its headers only, and fetchText refuses it
 * by them.
 */

/** A response's parts, or why the request failed. */
export type EarlyAnswer =
  | {
      url: string;
      status: number;
      headers: [string, string][];
      body?: ArrayBuffer;
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
