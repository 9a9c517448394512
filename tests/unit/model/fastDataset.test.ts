// The fast path for checking a whole dataset is held to zod, as fastEvent is: whatever it accepts,
// `datasetSchema` accepts with the same output, for values that near or break a rule at every
// place in the envelope (one change at a time, then random ones); it accepts the datasets of
// data/ and the benchmark's, so it is used; and its http(s) check agrees with `z.url` wherever it
// answers.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../../bench/generate.ts';
import { httpUrl } from '../../../src/model/fastChecks.ts';
import { fastDataset } from '../../../src/model/fastDataset.ts';
import { datasetSchema, sourceSchema } from '../../../src/model/schema.ts';
import { agreement } from './agreesWithZod.ts';
import { minimalEvent } from './fixtures.ts';

type Json = Record<string, unknown>;

const EVENT = minimalEvent();
const SOURCE = {
  id: 'the-source',
  file: 'article.txt',
  title: ' The article ',
  publisher: 'The paper',
  published: '2023-03-17',
  url: 'https://example.org/article',
  language: 'en',
};
/** Every envelope field there, so each can be spoilt. */
const FULL: Json = {
  $schema: '../schema.json',
  title: ' A title ',
  description: 'Over\ntwo lines',
  language: 'pt-BR',
  source: SOURCE,
  lanes: ['A', ' B '],
  eras: [{ label: 'An era', date: ' 1990/2000 ' }],
  events: [EVENT, { ...EVENT, id: 'f' }],
};
const SEVERAL: Json = {
  title: 'Several',
  sources: [SOURCE, { ...SOURCE, id: 'other', file: undefined, text: 'The text itself.' }].map(
    (source) => JSON.parse(JSON.stringify(source)) as Json,
  ),
  events: [EVENT],
};

const URLS = [
  'https://example.org',
  'http://example.org/a?b=c#d',
  'HTTPS://EXAMPLE.ORG/',
  'https://exa mple.org',
  'https://example.org/a b',
  'https://example.org/a ',
  'https://example.org/\u00a0',
  'https://example.org/\u2028',
  ' https://example.org ',
  'https://example.org\n',
  'https://exa\tmple.org',
  'https://',
  'https:/example.org',
  'http:example.org',
  'ftp://example.org',
  'javascript:alert(1)',
  'https://[::1]/',
  'https://[::1/',
  'https://example.org:99999/',
  'https://user:pass@example.org/',
  'https://例え.jp/',
  'https://example.org/\u0000',
  '',
];

/** Text that breaks, or nearly breaks, some rule. */
const TEXTS = [
  '',
  ' ',
  '  padded  ',
  'in\nthe middle',
  '\u200b',
  'Not Kebab',
  'kebab-id',
  'en',
  'EN-gb',
  'not a language',
  'x-private',
  '2023-03-17',
  '2023-3-17',
  'article.txt',
  '../article.txt',
  'article.md',
  '😀'.repeat(201),
  'a'.repeat(36),
  ...URLS,
];
const OTHERS: unknown[] = [null, 0, true, [], {}, ['x'], [{}], [SOURCE], [EVENT]];

/** Where a change can land: a key of the envelope, of its source, or of its first era. */
const SLOTS: { target: 'dataset' | 'source' | 'era'; key: string }[] = [
  ...[...Object.keys(FULL), 'sources', 'extra', '__proto__'].map((key) => ({
    target: 'dataset' as const,
    key,
  })),
  ...[...Object.keys(SOURCE), 'text', 'extra'].map((key) => ({ target: 'source' as const, key })),
  ...['label', 'date', 'extra'].map((key) => ({ target: 'era' as const, key })),
];

function changed(base: Json, slot: (typeof SLOTS)[number], value: unknown, remove = false): Json {
  const copy = structuredClone(base);
  const object =
    slot.target === 'dataset'
      ? copy
      : slot.target === 'source'
        ? (copy.source ?? (copy.sources as Json[] | undefined)?.[0])
        : (copy.eras as Json[] | undefined)?.[0];
  if (typeof object !== 'object' || object === null) return copy;
  const fields = object as Json;
  if (remove) delete fields[slot.key];
  // Own and enumerable, as JSON.parse makes a "__proto__" key.
  else Object.defineProperty(fields, slot.key, { value, enumerable: true, writable: true });
  return copy;
}

/** Whether fastDataset, if it accepts a value, gives exactly zod's output. */
const agreesWithZod = agreement(fastDataset, datasetSchema);

describe('fastDataset', () => {
  it('accepts a dataset with every envelope field, and one with several sources', () => {
    expect(agreesWithZod(FULL)).toBe(true);
    expect(agreesWithZod(SEVERAL)).toBe(true);
  });

  it('agrees with zod on every value at every place, one change at a time', () => {
    let accepted = 0;
    let cases = 0;
    for (const base of [FULL, SEVERAL]) {
      for (const slot of SLOTS) {
        for (const value of [...TEXTS, ...OTHERS]) {
          cases++;
          if (agreesWithZod(changed(base, slot, structuredClone(value)))) accepted++;
        }
        cases++;
        if (agreesWithZod(changed(base, slot, undefined, true))) accepted++;
      }
    }
    expect(accepted).toBeGreaterThan(cases / 20);
  });

  it('never accepts what zod rejects, nor gives another output, under random changes', () => {
    const change = fc.record({
      slot: fc.constantFrom(...SLOTS),
      value: fc.oneof(fc.constantFrom(...TEXTS, ...OTHERS), fc.jsonValue({ maxDepth: 2 })),
      remove: fc.boolean(),
    });
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.constantFrom(FULL, SEVERAL),
        fc.array(change, { minLength: 1, maxLength: 3 }),
        (base, changes) => {
          let value = base;
          for (const { slot, value: v, remove } of changes) {
            value = changed(value, slot, structuredClone(v), remove);
          }
          if (agreesWithZod(value)) accepted++;
        },
      ),
      { numRuns: 2_000 },
    );
    expect(accepted).toBeGreaterThan(20);
  });

  it('declines an array made to pass for an object (its prototype taken away), as zod does', () => {
    const array = (fields: object): unknown =>
      Object.setPrototypeOf(Object.assign([], fields), null) as unknown;
    const copy = structuredClone(FULL) as { sources?: object[] };
    const values = [
      array(structuredClone(FULL)),
      { ...copy, sources: [array(copy.sources?.[0] ?? {})] },
    ];
    for (const value of values) {
      expect(fastDataset(value)).toBeNull();
      expect(datasetSchema.safeParse(value).success).toBe(false);
    }
  });

  it('checks the events as fastEvent does, and declines a list past its limits', () => {
    expect(fastDataset({ ...FULL, events: [] })).toBeNull();
    expect(fastDataset({ ...FULL, events: [EVENT, { ...EVENT, title: '' }] })).toBeNull();
    // An event with media is zod's to judge (its address), so the whole dataset is.
    const media = { ...FULL, events: [{ ...EVENT, media: { url: 'https://example.org/a.png' } }] };
    expect(fastDataset(media)).toBeNull();
    expect(datasetSchema.safeParse(media).success).toBe(true);
  });

  it('reports each batch of events, up to every event', () => {
    const steps: number[] = [];
    fastDataset(generateDataset({ count: 4_001 }), (done, total) => {
      expect(total).toBe(4_001);
      steps.push(done);
    });
    expect(steps).toEqual([2_000, 4_000, 4_001]);
  });

  it('accepts the datasets in data/ and the benchmark’s, so the fast path is the one taken', () => {
    const dataDir = join(dirname(fileURLToPath(import.meta.url)), '../../../data');
    const datasets: unknown[] = [generateDataset({ count: 500 })];
    for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      datasets.push(JSON.parse(readFileSync(join(dataDir, entry.name, 'timeline.json'), 'utf8')));
    }
    expect(datasets.length).toBeGreaterThan(2);
    for (const dataset of datasets) expect(agreesWithZod(dataset)).toBe(true);
  });
});

describe('httpUrl', () => {
  const url = sourceSchema.shape.url;
  it('gives what z.url gives wherever it answers, and answers for plain addresses', () => {
    let answered = 0;
    for (const text of URLS) {
      const fast = httpUrl(text);
      if (fast === undefined) continue;
      answered++;
      expect(url.safeParse(text)).toEqual({ success: true, data: fast });
    }
    expect(answered).toBeGreaterThanOrEqual(5);
    expect(httpUrl('https://example.org/article')).toBe('https://example.org/article');
  });
});
