/** The date finder off the main thread: one request in, its result out, so typing never stalls. */
import { findDates } from './findDates.ts';

/** A request to the worker. */
export interface FindRequest {
  serial: number;
  text: string;
  published: string;
}

// The worker's global scope; the app's TypeScript scope has the DOM's types, not the worker's.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<FindRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const { serial, text, published } = event.data;
  scope.postMessage({ serial, result: findDates(text, published) });
};
