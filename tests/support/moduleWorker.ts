/**
 * The ?data= compile worker in Node: its real module (src/app/loading/compileDataset.worker.ts)
 * run with a stand-in `self`, behind a `Worker` look-alike that structured-clones every message
 * both ways as postMessage does (transferring what the sender lists). One worker module per
 * test file: the most recently started ModuleWorker is the one it talks to.
 */
import { expect } from 'vitest';

/** The worker module's global scope, as a worker would give it: its messages go to the worker. */
const scope = {
  onmessage: null as ((event: { data: unknown }) => void) | null,
  postMessage: (message: unknown) => ModuleWorker.current?.fromModule(message),
};
Object.assign(globalThis, { self: scope });
await import('../../src/app/loading/compileDataset.worker.ts');

/** Runs compileDataset.worker.ts as a worker would. */
export class ModuleWorker {
  static started: ModuleWorker[] = [];
  static current: ModuleWorker | null = null;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  terminated = false;

  constructor(
    url: URL | string,
    readonly options: WorkerOptions = {},
  ) {
    expect(String(url)).toMatch(/compileDataset\.worker[\w-]*\.[tj]s$/);
    ModuleWorker.started.push(this);
    ModuleWorker.current = this;
  }

  fromModule(message: unknown) {
    const data = structuredClone(message);
    setTimeout(() => this.terminated || this.onmessage?.({ data }));
  }

  postMessage(message: unknown, transfer: Transferable[] = []) {
    const data = structuredClone(message, { transfer });
    setTimeout(() => this.terminated || scope.onmessage?.({ data }));
  }

  terminate() {
    this.terminated = true;
  }
}

/** A worker whose script cannot load: it reports an error and nothing else. */
export class BrokenWorker {
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  onmessage: unknown = null;
  postMessage() {
    setTimeout(() => this.onerror?.({ preventDefault: () => undefined }));
  }
  terminate() {}
}
