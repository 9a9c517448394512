// The ?data= compiler gives the same timeline (or the same located problems) in its worker as
// on the main thread, whose fallback runs the very same function; the source text a dataset names
// is asked of the page; progress adds up; a failing worker falls back; cancelling terminates it.
// The worker here is its real module run with a stand-in `self`, every message structured-cloned
// as postMessage does (tests/support/moduleWorker.ts).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { IN_PARTS_FROM, compileDatasetEach } from '../../../src/app/loading/compileDataset.ts';
import type { CompileHooks, Progress } from '../../../src/app/loading/compileDataset.ts';
import { CANCELLED, startCompiler } from '../../../src/app/loading/compileOffThread.ts';
import type { FetchedText } from '../../../src/app/fetchText.ts';
import { DATASET_DIR, DATASET_JSON } from '../model/fixtures.ts';
import { BrokenWorker, ModuleWorker } from '../../support/moduleWorker.ts';

const fixtures = join(dirname(fileURLToPath(import.meta.url)), '../../e2e/fixtures');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');

const files: Record<string, FetchedText> = {
  'our format, with its source text in a file': {
    url: 'https://site.test/icc/timeline.json',
    text: DATASET_JSON,
    contentType: 'application/json',
  },
  'TimelineJS JSON': {
    url: 'https://site.test/tl.json',
    text: read('timelinejs-sample.json'),
    contentType: 'application/json',
  },
  'a sheet as CSV': {
    url: 'https://site.test/sheet.csv',
    text: read('sheet-sample.csv'),
    contentType: 'text/csv',
  },
  'an invalid dataset': {
    url: 'https://site.test/bad.json',
    text: JSON.stringify({ title: '', events: [{ id: 'Not Kebab', title: 'A' }, 3] }),
    contentType: null,
  },
  'invalid JSON': { url: 'https://site.test/broken.json', text: '{"title": ', contentType: null },
  '10,000 generated events': {
    url: 'https://site.test/events.json',
    text: JSON.stringify(generateDataset({ count: 10_000 })),
    contentType: null,
  },
  '15,000 generated events, a long file read in parts': {
    url: 'https://site.test/long.json',
    text: longFile(),
    contentType: null,
  },
  'a long file whose late event is zod’s to judge, read in parts and then whole': {
    url: 'https://site.test/long-late.json',
    text: longFile((events) => void (events[14_000]!.title = '😀'.repeat(100))),
    contentType: null,
  },
};

/** 15,000 generated events, past the length from which a file is read in parts. */
function longFile(spoil: (events: { title: unknown }[]) => void = () => {}): string {
  const data = generateDataset({ count: 15_000 });
  spoil(data.events);
  const text = JSON.stringify(data);
  expect(text.length).toBeGreaterThan(IN_PARTS_FROM);
  return text;
}

/** Hooks that serve the ICC source text beside it, and record what was asked and reported. */
function hooks() {
  const asked: string[] = [];
  const progress: Progress[] = [];
  const given: CompileHooks = {
    readSource: (href) => {
      asked.push(href);
      const name = new URL(href).pathname.split('/').pop() ?? '';
      return Promise.resolve({ ok: true, text: readFileSync(join(DATASET_DIR, name), 'utf8') });
    },
    onProgress: (step) => progress.push(step),
  };
  return { given, asked, progress };
}

afterEach(() => {
  vi.unstubAllGlobals();
  ModuleWorker.started = [];
});

describe('compiling a ?data= file off the main thread', () => {
  for (const [what, file] of Object.entries(files)) {
    it(`gives the same result in the worker as on the main thread: ${what}`, async () => {
      const onMain = hooks();
      expect(typeof Worker).toBe('undefined'); // Node: the main-thread fallback
      const fromMain = await startCompiler().compile(file, onMain.given);
      vi.stubGlobal('Worker', ModuleWorker);
      const inWorker = hooks();
      const fromWorker = await startCompiler().compile(file, inWorker.given);
      expect(ModuleWorker.started).toHaveLength(1);
      expect(ModuleWorker.started[0]?.terminated).toBe(true);
      expect(fromWorker).toEqual(fromMain);
      expect(inWorker.asked).toEqual(onMain.asked);
      expect(inWorker.progress).toEqual(onMain.progress);
      if (what.includes('invalid')) expect(fromMain.ok).toBe(false);
      else expect(fromMain.ok && fromMain.value.events.length).toBeGreaterThan(0);
    });
  }

  it('asks the page for the source text a dataset names, beside the dataset', async () => {
    const { given, asked } = hooks();
    vi.stubGlobal('Worker', ModuleWorker);
    const result = await startCompiler().compile(
      files['our format, with its source text in a file']!,
      given,
    );
    expect(result.ok).toBe(true);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(/^https:\/\/site\.test\/icc\/[\w.-]+\.txt$/);
  });

  it('reports progress that adds up: counts only grow, and the last is the total', async () => {
    for (const file of Object.values(files)) {
      const { given, progress } = hooks();
      const result = await startCompiler().compile(file, given);
      if (!result.ok) continue;
      expect(progress.length).toBeGreaterThan(0);
      const total = progress.at(-1)?.total;
      expect(progress.at(-1)?.done).toBe(total);
      expect(total).toBe(result.value.events.length);
      for (const [i, step] of progress.entries()) {
        expect(step.done).toBeLessThanOrEqual(step.total);
        if (i > 0) expect(step.done).toBeGreaterThanOrEqual(progress[i - 1]!.done);
      }
    }
  });

  it('reads a long file in parts, and starts over whole where the parts are not sure', async () => {
    const long = files['15,000 generated events, a long file read in parts']!;
    const late =
      files['a long file whose late event is zod’s to judge, read in parts and then whole']!;
    for (const [file, startsOver] of [
      [long, 0],
      [late, 1],
    ] as const) {
      const { given, progress } = hooks();
      let taken = 0;
      let startedOver = 0;
      const taking = { take: () => taken++, startOver: () => ((taken = 0), startedOver++) };
      const result = await compileDatasetEach(file, given, taking);
      expect(result.ok).toBe(true);
      expect(startedOver).toBe(startsOver);
      expect(taken).toBe(15_000);
      // Reckoned totals while the parts are read (the sign of the parts' path), then the count.
      expect(progress.filter((step) => step.about).length).toBeGreaterThan(5);
      expect(progress.at(-1)).toEqual({ done: 15_000, total: 15_000 });
    }
  });

  it('says what the whole file would of a long file broken after its head, not its source', async () => {
    const data = {
      source: { file: 'gone.txt', title: 'T', published: '2023-03-17' },
      ...(JSON.parse(longFile()) as object),
    };
    const text = JSON.stringify(data).replace('"id":"e-014000"', '"id":e-014000');
    const asked: string[] = [];
    const result = await compileDatasetEach(
      { url: 'https://site.test/long-broken.json', text, contentType: null },
      {
        readSource: (href) => {
          asked.push(href);
          return Promise.resolve({ ok: false, problems: [{ where: href, message: 'is gone' }] });
        },
      },
      { take: () => undefined, startOver: () => undefined },
    );
    expect(asked).toEqual(['https://site.test/gone.txt']); // asked once, by the parts' path
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]?.message).toMatch(/^is not valid JSON/);
  });

  it('falls back to the main thread when the worker cannot start', async () => {
    const file = files['TimelineJS JSON']!;
    const expected = await startCompiler().compile(file, hooks().given);
    vi.stubGlobal('Worker', BrokenWorker);
    expect(await startCompiler().compile(file, hooks().given)).toEqual(expected);
  });

  it('stops the worker of a compiler that will not be used', () => {
    vi.stubGlobal('Worker', ModuleWorker);
    startCompiler().close();
    expect(ModuleWorker.started[0]?.terminated).toBe(true);
  });

  it('terminates the worker when cancelled, and nothing it compiles is returned', async () => {
    vi.stubGlobal('Worker', ModuleWorker);
    const cancel = new AbortController();
    const compiling = startCompiler(cancel.signal).compile(
      files['10,000 generated events']!,
      hooks().given,
    );
    cancel.abort();
    expect(await compiling).toEqual(CANCELLED);
    expect(ModuleWorker.started[0]?.terminated).toBe(true);
    const late = startCompiler(cancel.signal).compile(files['TimelineJS JSON']!, hooks().given);
    expect(await late).toEqual(CANCELLED);
  });
});
