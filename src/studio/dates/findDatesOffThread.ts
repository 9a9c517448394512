/**
 * Runs the date finder in a Web Worker (same origin, so the strict CSP allows it). A newer
 * request supersedes an older one. Where there is no Worker (tests in jsdom), it runs here.
 */
import { t } from '../../store/notice.ts';
import type { FindResult } from './findDates.ts';
import type { FindRequest } from './findDates.worker.ts';

let worker: Worker | null = null;
let serial = 0;
const waiting = new Map<number, (result: FindResult) => void>();

/** The proposals for `text`, published on `published`, found off the main thread. */
export function findDatesOffThread(text: string, published: string): Promise<FindResult> {
  if (typeof Worker === 'undefined') {
    return import('./findDates.ts').then((m) => m.findDates(text, published));
  }
  if (!worker) {
    worker = new Worker(new URL('./findDates.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<{ serial: number; result: FindResult }>) => {
      waiting.get(event.data.serial)?.(event.data.result);
      waiting.delete(event.data.serial);
    };
  }
  const request: FindRequest = { serial: ++serial, text, published };
  const current = worker;
  return new Promise((resolve) => {
    waiting.set(request.serial, resolve);
    current.onerror = () => {
      for (const done of waiting.values())
        done({
          ok: false,
          message: t('The date finder failed to start; reload the page to try again.'),
        });
      waiting.clear();
      worker = null;
    };
    current.postMessage(request);
  });
}
