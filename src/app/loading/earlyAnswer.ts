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

/** Statuses whose response may not have a body (the Fetch standard's "null body status"). */
const NULL_BODY_STATUSES: readonly number[] = [101, 103, 204, 205, 304];

/**
 * A Response whose body has already arrived, as the buffer it arrived in. A Response made from
 * the buffer itself would copy it twice on the way back out (about 80 ms for the 33 MB of
 * 100,000 events, measured in the worker); this one hands the same buffer back.
 */
class ArrivedResponse extends Response {
  #body: ArrayBuffer | null;

  constructor(body: ArrayBuffer, init: ResponseInit) {
    super(null, init);
    this.#body = body;
  }

  override arrayBuffer(): Promise<ArrayBuffer> {
    const body = this.#body;
    // Read once, as any body is.
    if (body === null) return Promise.reject(new TypeError('the body has already been read'));
    this.#body = null;
    return Promise.resolve(body);
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(await this.arrayBuffer());
  }
}

/** The answer as fetch would have given it; undefined if it cannot be rebuilt (fetch afresh). */
export function responseOf(answer: EarlyAnswer): Promise<Response> | undefined {
  if ('error' in answer) return Promise.reject(new TypeError(answer.error));
  const { status, headers, body } = answer;
  if (body && NULL_BODY_STATUSES.includes(status)) return undefined;
  let response: Response;
  try {
    response = body
      ? new ArrivedResponse(body, { status, headers })
      : new Response(null, { status, headers });
  } catch {
    return undefined; // a status a made Response may not have (outside 200–599)
  }
  // A made Response has no address of its own; fetchText checks where the answer came from.
  Object.defineProperty(response, 'url', { value: answer.url });
  return Promise.resolve(response);
}
