// The real dataset and its source article, read once, plus a tiny synthetic dataset for tests
// that need exact counts the real data may change.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFile, EventRecord } from '../../../src/model/schema.ts';

// A path, not `new URL(…, import.meta.url)`: Vite rewrites that form into a served-asset URL.
/** Folder of the real dataset. */
export const DATASET_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '../../../data/icc-putin-warrant',
);

/** The article exactly as stored, no-break space and all. */
export const SOURCE_TEXT = readFileSync(
  join(DATASET_DIR, 'icc-putin-warrant-2023-03-17.txt'),
  'utf8',
);

/** The real dataset's JSON text. */
export const DATASET_JSON = readFileSync(join(DATASET_DIR, 'timeline.json'), 'utf8');

/** A fresh, mutable copy of the real dataset. */
export function realDataset(): DatasetFile {
  return JSON.parse(DATASET_JSON) as DatasetFile;
}

/** The event at `index`, failing the test if there is none (keeps mutations type-safe). */
export function eventAt(data: DatasetFile, index: number): EventRecord {
  const event = data.events[index];
  if (!event) throw new Error(`the dataset has no events[${index}]`);
  return event;
}

/** Source text of the tiny dataset. */
export const TINY_SOURCE = 'Alpha began the war. Beta ended the war. Gamma wrote it down.';

/** A valid two-event dataset citing TINY_SOURCE three times. */
export function tinyDataset(): DatasetFile {
  const event = (id: string, date: string, exact: string[]): EventRecord => ({
    id,
    title: `Event ${id}`,
    summary: 'A summary.',
    date,
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: ['Someone'],
    citations: exact.map((words) => ({ type: 'TextQuoteSelector', exact: words })),
  });
  return {
    title: 'Tiny',
    source: { file: 'tiny.txt', title: 'Tiny source', published: '2023-03-17' },
    events: [
      event('beta-ends', '2001', ['Beta ended the war.']),
      event('alpha-begins', '1999', ['Alpha began', 'Gamma wrote it down.']),
    ],
  };
}

/** The smallest valid event: every required field, each at its simplest. */
export function minimalEvent(): EventRecord {
  return {
    id: 'e',
    title: 'T',
    summary: 'S',
    date: '2000',
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: ['A'],
    citations: [],
  };
}
