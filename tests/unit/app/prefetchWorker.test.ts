// The page's first ?data= dataset is loaded before the app's script has arrived: prefetch.js
// (src/app/loading/; run here minified, as the page carries it, in a context of its own as the
// browser runs it) starts the compile worker, which downloads the dataset itself; the app then
// takes the worker over (adoptWorker), its earlier messages replayed. What it gives must be
// exactly what the app's own path gives.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CompileHooks, Progress } from '../../../src/app/loading/compileDataset.ts';
import {
  adoptWorker,
  CANCELLED,
  startCompiler,
} from '../../../src/app/loading/compileOffThread.ts';
import { CLONE_UP_TO, PART_SIZE } from '../../../src/app/loading/packTimeline.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import { generateDataset } from '../../../bench/generate.ts';
import type { Prefetch } from '../../../src/app/takePrefetch.ts';
import { MAX_BYTES, fetchText } from '../../../src/app/fetchText.ts';
import { minifiedPrefetch } from '../../../build/prefetchPlugin.ts';
import { DATASET_DIR, DATASET_JSON } from '../model/fixtures.ts';
import { ModuleWorker } from '../../support/moduleWorker.ts';

const PREFETCH = minifiedPrefetch();
const PAGE = 'https://site.test/index.html';
const DATA = 'https://site.test/icc/timeline.json';
const WORKER = './assets/compileDataset.worker-abc.js';
const LOADER = './assets/dataLoading-def.js ./assets/clipText-ghi.js';

/** The site: the ICC dataset and the source text beside it. */
function site(url: string): Promise<Response> {
  const name = new URL(url).pathname.split('/').pop() ?? '';
  const text = name === 'timeline.json' ? DATASET_JSON : readFileSync(join(DATASET_DIR, name));
  return Promise.resolve(
    new Response(text, { headers: { 'content-type': 'application/json; charset=utf-8' } }),
  );
}

/**
 * Runs prefetch.js for the page at `href`: what it left on the window, the page's marks, and the
 * elements it added to the head. `fetchFn` is the page's fetch; the worker's is the global one.
 */
function runPrefetch(
  href: string,
  fetchFn: (url: string) => Promise<Response> = site,
  dataset: Record<string, string> = { worker: WORKER, loader: LOADER },
) {
  const root = { dataset: {} as Record<string, string> };
  const window: { __sourcelinePrefetch?: Prefetch } = {};
  const added: Record<string, string>[] = [];
  runInNewContext(PREFETCH, {
    window,
    // As a Location does, it reads as its address where a string is wanted.
    location: { href, origin: new URL(href).origin, toString: () => href },
    URL,
    TransformStream,
    fetch: fetchFn,
    ...(typeof Worker !== 'undefined' && { Worker }),
    document: {
      currentScript: { dataset },
      documentElement: root,
      createElement: (tagName: string) => ({ tagName }),
      head: { append: (element: Record<string, string>) => added.push({ ...element }) },
    },
  });
  // Set through the context's own global object, which is `window` here.
  return { prefetch: window.__sourcelinePrefetch, marked: root.dataset, added };
}

function hooks() {
  const progress: Progress[] = [];
  const given: CompileHooks = {
    readSource: () => Promise.reject(new Error('a load worker reads its sources itself')),
    onProgress: (step) => progress.push(step),
  };
  return { given, progress };
}

/** Until the worker has posted its last message (it is then kept for the app). */
async function settled(prefetch: Prefetch) {
  for (let i = 0; i < 200 && prefetch.messages?.at(-1)?.kind !== 'done'; i++) {
    await new Promise((done) => setTimeout(done, 10));
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
  // A test's worker must not go on compiling into the next test.
  for (const worker of ModuleWorker.started) worker.terminate();
  ModuleWorker.started = [];
});

describe('prefetch.js and the worker it starts', () => {
  it('starts the worker on the dataset, preloads the loader and hides the built-in page', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return site(url);
    });
    const page = vi.fn(site);
    const { prefetch, marked, added } = runPrefetch(`${PAGE}?data=icc/timeline.json`, page);
    expect(prefetch?.url).toBe(DATA);
    expect(prefetch?.worker).toBe(ModuleWorker.started[0]);
    // A module worker, named after the file, which its first module asks for as it starts.
    expect(ModuleWorker.started[0]?.options).toEqual({ type: 'module', name: `load ${DATA}` });
    expect(marked).toEqual({ loading: 'dataset' });
    // The app's loader, preloaded at once (the worker's script was asked for before it).
    expect(added).toEqual(
      LOADER.split(' ').map((href) => ({ tagName: 'link', rel: 'modulepreload', href })),
    );
    // The worker asks for the file; the page does not.
    if (prefetch) await settled(prefetch);
    expect(asked[0]).toBe(DATA);
    expect(page).not.toHaveBeenCalled();
    expect(prefetch?.response).toBeUndefined();
  });

  it('starts nothing without a ?data= dataset on the page’s own origin', () => {
    vi.stubGlobal('Worker', ModuleWorker);
    expect(runPrefetch(PAGE).prefetch).toBeUndefined();
    expect(runPrefetch(PAGE).added).toEqual([]);
    expect(runPrefetch(`${PAGE}?data=https://elsewhere.test/t.json`).prefetch).toBeUndefined();
    expect(runPrefetch(`${PAGE}?data=${encodeURIComponent('javascript:1')}`).prefetch).toBe(
      undefined,
    );
    expect(ModuleWorker.started).toHaveLength(0);
  });

  it('starts only the download where no worker can run', async () => {
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    expect(prefetch?.worker).toBeUndefined();
    expect((await prefetch?.response)?.ok).toBe(true);
  });

  it('starts only the download on a page that names no worker (the dev server’s)', async () => {
    // A browser starts a worker at whatever address it is given ("undefined" here).
    const asked: unknown[] = [];
    vi.stubGlobal(
      'Worker',
      class {
        constructor(url: unknown) {
          asked.push(url);
        }
        postMessage() {}
      },
    );
    const { prefetch, added } = runPrefetch(`${PAGE}?data=icc/timeline.json`, site, {});
    expect(asked).toEqual([]);
    expect(prefetch?.worker).toBeUndefined();
    expect(added).toEqual([]);
    expect((await prefetch?.response)?.ok).toBe(true);
  });

  it('gives, once taken over, exactly what the app’s own path gives, with its progress', async () => {
    vi.stubGlobal('fetch', site);
    const expected = hooks();
    const text = await fetchText(DATA);
    if (!text.ok) throw new Error('the test site failed');
    const own = await startCompiler().compile(text.value, {
      ...expected.given,
      readSource: async (href) => {
        const source = await fetchText(href);
        return source.ok ? { ok: true, text: source.value.text } : source;
      },
    });
    vi.stubGlobal('Worker', ModuleWorker);
    const asked: string[] = [];
    const counted = (url: string) => {
      asked.push(url);
      return site(url);
    };
    vi.stubGlobal('fetch', counted);
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    if (!prefetch?.worker) throw new Error('no worker');
    // Everything happens before the app listens: it is all replayed, in order.
    await settled(prefetch);
    const fetchedAt: number[] = [];
    const taken = hooks();
    const result = await adoptWorker(prefetch.worker, prefetch, taken.given, undefined, (at) =>
      fetchedAt.push(at),
    );
    expect(own.ok).toBe(true);
    expect(result).toEqual(own);
    expect(taken.progress).toEqual(expected.progress);
    expect(fetchedAt).toHaveLength(1);
    // The dataset was downloaded once, and its source text, both by the worker.
    expect(asked.filter((url) => url === DATA)).toHaveLength(1);
    expect(asked).toHaveLength(2);
    expect(ModuleWorker.started[0]?.terminated).toBe(true);
  });

  it('sends a small timeline as it is and a large one packed in parts, each as the app’s path gives it', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    // Just small enough, just too large (the last part short), and whole parts only.
    const large = Math.ceil((CLONE_UP_TO + 1) / PART_SIZE) * PART_SIZE;
    for (const count of [CLONE_UP_TO, CLONE_UP_TO + 1, large]) {
      const json = JSON.stringify(generateDataset({ count }));
      const serve = () =>
        Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } }));
      vi.stubGlobal('fetch', serve);
      const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
      if (!prefetch?.worker) throw new Error('no worker');
      await settled(prefetch);
      const done = prefetch.messages?.at(-1);
      if (done?.kind !== 'done') throw new Error('the worker did not finish');
      expect(done.result).toHaveProperty(count > CLONE_UP_TO ? 'inParts' : 'value');
      // A large timeline's events came before, in parts of PART_SIZE and one of what is left.
      const parts = (prefetch.messages ?? []).flatMap((m) =>
        m.kind === 'events' ? [m.packed.count] : [],
      );
      const sizes = Array.from({ length: Math.ceil(count / PART_SIZE) }, (_, i) =>
        Math.min(PART_SIZE, count - i * PART_SIZE),
      );
      expect(parts).toEqual(count > CLONE_UP_TO ? sizes : []);
      const result = await adoptWorker(
        prefetch.worker,
        prefetch,
        hooks().given,
        undefined,
        vi.fn(),
      );
      expect(result).toEqual(compileTimeline(JSON.parse(json), null));
    }
  });

  it('gives a large file’s problems, not a timeline, when they come after parts were sent', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    const data = generateDataset({ count: CLONE_UP_TO + PART_SIZE });
    const last = data.events.at(-1);
    if (last) last.date = '2024-13-40';
    const json = JSON.stringify(data);
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(json, { headers: { 'content-type': 'application/json' } })),
    );
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    if (!prefetch?.worker) throw new Error('no worker');
    await settled(prefetch);
    // The events compiled before the bad one went on in parts, as they came.
    expect(prefetch.messages?.some((m) => m.kind === 'events')).toBe(true);
    const result = await adoptWorker(prefetch.worker, prefetch, hooks().given, undefined, vi.fn());
    expect(result).toEqual(compileTimeline(JSON.parse(json), null));
    expect(result).toMatchObject({ ok: false, problems: [{ where: /› date$/ }] });
  });

  it('says a failed download in the app’s own words', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    if (!prefetch?.worker) throw new Error('no worker');
    const result = await adoptWorker(prefetch.worker, prefetch, hooks().given, undefined, vi.fn());
    expect(result).toEqual(await fetchText(DATA, { fetchFn: () => Promise.reject(new Error()) }));
    expect(result).toMatchObject({ ok: false, unloaded: true });
  });

  it('does not read a file declared larger than the app takes, and says so as the app does', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    const answers: Response[] = [];
    const huge = () => {
      const answer = new Response('{}', { headers: { 'content-length': String(MAX_BYTES + 1) } });
      answers.push(answer);
      return Promise.resolve(answer);
    };
    vi.stubGlobal('fetch', huge);
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    if (!prefetch?.worker) throw new Error('no worker');
    const result = await adoptWorker(prefetch.worker, prefetch, hooks().given, undefined, vi.fn());
    expect(result).toEqual(await fetchText(DATA, { fetchFn: huge }));
    expect(result).toMatchObject({ ok: false, problems: [{ message: /too large/ }] });
    expect(answers[0]?.bodyUsed).toBe(false); // the worker's answer was never read
  });

  it('gives up a worker whose script failed, so the app loads the dataset itself', async () => {
    const worker = new ModuleWorker(WORKER);
    const result = await adoptWorker(
      worker as unknown as Worker,
      { failed: true },
      hooks().given,
      undefined,
      vi.fn(),
    );
    expect(result).toBeNull();
    expect(worker.terminated).toBe(true);
  });

  it('terminates the worker when cancelled, and nothing it compiled is returned', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    vi.stubGlobal('fetch', site);
    const { prefetch } = runPrefetch(`${PAGE}?data=icc/timeline.json`);
    if (!prefetch?.worker) throw new Error('no worker');
    const cancel = new AbortController();
    const taking = adoptWorker(prefetch.worker, prefetch, hooks().given, cancel.signal, vi.fn());
    cancel.abort();
    expect(await taking).toEqual(CANCELLED);
    expect(ModuleWorker.started[0]?.terminated).toBe(true);
  });
});
