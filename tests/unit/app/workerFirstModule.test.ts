// The ?data= worker's first module (src/app/loading/compileDataset.worker.ts) asks for the file
// its name gives ("load " and the address, set by prefetch.js) as it is evaluated, before any
// message and before the compiler's chunk: the page's `load` message then reads that download
// rather than asking again. Run here with a stand-in worker scope, fetch and compiler.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ToWorker } from '../../../src/app/loading/workerMessages.ts';

const DATA = 'https://site.test/icc/timeline.json';

const handled = vi.hoisted(() => [] as { data: unknown; early: Promise<Response> | undefined }[]);
vi.mock('../../../src/app/loading/workerService.ts', () => ({
  handle: (data: unknown, early?: Promise<Response>) => handled.push({ data, early }),
}));

interface Scope {
  name?: string;
  onmessage: ((event: { data: ToWorker }) => void) | null;
}

/** Evaluates the module afresh in a worker named `name`; what it fetched, and its scope. */
async function startWorker(name?: string) {
  const scope: Scope = { ...(name !== undefined && { name }), onmessage: null };
  const fetched: string[] = [];
  vi.stubGlobal('self', scope);
  vi.stubGlobal('fetch', (href: string) => {
    fetched.push(href);
    return Promise.resolve(new Response(`answer to ${href}`));
  });
  vi.resetModules();
  await import('../../../src/app/loading/compileDataset.worker.ts');
  const post = async (data: ToWorker) => {
    scope.onmessage?.({ data });
    // The compiler is imported (a mocked module): its handle is called once that has resolved.
    await vi.waitFor(() => expect(handled.length).toBeGreaterThan(0));
    return handled.splice(0);
  };
  return { fetched, post };
}

beforeEach(() => {
  handled.length = 0;
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the worker’s first module', () => {
  it('asks for the file its name gives as it starts, and gives that download to the load', async () => {
    const { fetched, post } = await startWorker(`load ${DATA}`);
    expect(fetched).toEqual([DATA]);
    const [load] = await post({ kind: 'load', href: DATA });
    expect(fetched).toEqual([DATA]);
    expect(await (await load?.early)?.text()).toBe(`answer to ${DATA}`);
  });

  it('downloads a load’s own address when the name gave another, or none', async () => {
    const other = 'https://site.test/other.json';
    const named = await startWorker(`load ${DATA}`);
    const [load] = await named.post({ kind: 'load', href: other });
    expect(named.fetched).toEqual([DATA, other]);
    expect(await (await load?.early)?.text()).toBe(`answer to ${other}`);

    const unnamed = await startWorker();
    expect(unnamed.fetched).toEqual([]);
    await unnamed.post({ kind: 'load', href: DATA });
    expect(unnamed.fetched).toEqual([DATA]);
  });

  it('uses the named download once: a second load asks again', async () => {
    const { fetched, post } = await startWorker(`load ${DATA}`);
    await post({ kind: 'load', href: DATA });
    await post({ kind: 'load', href: DATA });
    expect(fetched).toEqual([DATA, DATA]);
  });

  it('passes other messages on with no download', async () => {
    const { fetched, post } = await startWorker('some other name');
    const [message] = await post({ kind: 'source', answer: { ok: true, text: 'words' } });
    expect(message?.early).toBeUndefined();
    expect(fetched).toEqual([]);
  });
});
