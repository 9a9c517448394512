/**
 * A fast path for checking a whole dataset: datasetSchema's rules (schema.ts) for the envelope,
 * written out by hand, with each event checked by fastEvent.ts. Like fastEvent it answers only
 * when it is sure: the value `datasetSchema.safeParse` would give, or null whenever it is not sure
 * (a rule fails, an unknown key, text past a limit in UTF-16 units, an address zod would rewrite),
 * and zod then decides. It imports nothing of zod, so the compile worker can check and compile a
 * well-formed file without loading zod at all (compileFast.ts). tests/unit/model/fastDataset.test.ts
 * holds it to zod.
 *
 * As in fastEvent, its keys and limits are written here on purpose: a field added to the schema
 * is an unknown key here, so such files go to zod until this file learns it.
 */
import { MAX_SOURCE_TEXT, PUBLISHED_DAY, SOURCE_FILE, isLanguageTag } from './datasetRules.ts';
import { httpUrl, isKebab, line, list, prose, strict, trimmed } from './fastChecks.ts';
import { fastEvent } from './fastEvent.ts';
import type { DatasetFile, EraRecord, EventRecord, SourceRecord } from './schema.ts';

/** Events checked between progress reports (validateDataset's batches). */
export const BATCH = 2_000;

const DATASET_KEYS: ReadonlySet<string> = new Set([
  '$schema',
  'title',
  'description',
  'language',
  'source',
  'sources',
  'lanes',
  'eras',
  'events',
]);
const SOURCE_KEYS: ReadonlySet<string> = new Set([
  'id',
  'file',
  'text',
  'title',
  'publisher',
  'published',
  'url',
  'language',
]);
const ERA_KEYS: ReadonlySet<string> = new Set(['label', 'date']);

/**
 * The dataset zod would give for `raw`, or null when this fast path is not sure. Calls
 * `onChecked(events checked, events)` after each batch of events, as validateDataset does.
 */
export function fastDataset(
  raw: unknown,
  onChecked?: (done: number, total: number) => void,
): DatasetFile | null {
  const data = fastHead(raw);
  if (!data) return null;
  const items = (raw as { events: unknown[] }).events;
  if (!eventCountFits(items.length)) return null;
  const events: EventRecord[] = [];
  for (let at = 0; at < items.length; at += BATCH) {
    const end = Math.min(at + BATCH, items.length);
    for (let i = at; i < end; i++) {
      const event = fastEvent(items[i]);
      if (!event) return null;
      events.push(event);
    }
    onChecked?.(end, items.length);
  }
  data.events = events;
  return data;
}

/** `datasetSchema`'s bounds on how many events a dataset holds. */
export function eventCountFits(count: number): boolean {
  return count >= 1 && count <= 200_000;
}

/**
 * fastDataset for all of `raw` but its events, which must be an array and are left for the
 * caller to check (each with fastEvent, and their number with eventCountFits): the dataset has
 * no events yet. A file read in parts (compileInParts.ts) checks its events part by part.
 */
export function fastHead(raw: unknown): DatasetFile | null {
  const fields = strict(raw, DATASET_KEYS);
  if (!fields) return null;
  const title = line(fields.title, 200);
  if (title === undefined || !Array.isArray(fields.events)) return null;
  const data: DatasetFile = { title, events: [] };
  if ('$schema' in fields) {
    if (typeof fields.$schema !== 'string') return null;
    data.$schema = fields.$schema;
  }
  if ('description' in fields) {
    const description = prose(fields.description, 2000);
    if (description === undefined) return null;
    data.description = description;
  }
  if ('language' in fields) {
    const language = languageTag(fields.language);
    if (language === undefined) return null;
    data.language = language;
  }
  if ('source' in fields) {
    const source = checkSource(fields.source);
    if (source === undefined) return null;
    data.source = source;
  }
  if ('sources' in fields) {
    const sources = list(fields.sources, 50, checkSource);
    if (sources === undefined || sources.length === 0) return null;
    data.sources = sources;
  }
  if ('lanes' in fields) {
    const lanes = list(fields.lanes, 50, (lane) => line(lane, 60));
    if (lanes === undefined) return null;
    data.lanes = lanes;
  }
  if ('eras' in fields) {
    const eras = list(fields.eras, 200, checkEra);
    if (eras === undefined) return null;
    data.eras = eras;
  }
  return data;
}

/** schema.ts's `languageTag`: at most 35 long, and a tag `Intl` takes. */
function languageTag(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= 35 && isLanguageTag(value)
    ? value
    : undefined;
}

/** `sourceSchema`: a strict object with its text as a `file` or as `text`, one of the two. */
function checkSource(value: unknown): SourceRecord | undefined {
  const fields = strict(value, SOURCE_KEYS);
  if (!fields) return undefined;
  const title = line(fields.title, 300);
  const { published } = fields;
  if (title === undefined || typeof published !== 'string' || !PUBLISHED_DAY.test(published)) {
    return undefined;
  }
  if ('file' in fields === 'text' in fields) return undefined;
  const source: SourceRecord = { title, published };
  if ('id' in fields) {
    if (!isKebab(fields.id)) return undefined;
    source.id = fields.id;
  }
  if ('file' in fields) {
    if (typeof fields.file !== 'string' || !SOURCE_FILE.test(fields.file)) return undefined;
    source.file = fields.file;
  }
  if ('text' in fields) {
    const { text } = fields;
    if (typeof text !== 'string' || text.length < 1 || text.length > MAX_SOURCE_TEXT) {
      return undefined;
    }
    source.text = text;
  }
  if ('publisher' in fields) {
    const publisher = line(fields.publisher, 200);
    if (publisher === undefined) return undefined;
    source.publisher = publisher;
  }
  if ('url' in fields) {
    const url = httpUrl(fields.url);
    if (url === undefined) return undefined;
    source.url = url;
  }
  if ('language' in fields) {
    const language = languageTag(fields.language);
    if (language === undefined) return undefined;
    source.language = language;
  }
  return source;
}

/** `eraSchema`. */
function checkEra(value: unknown): EraRecord | undefined {
  const fields = strict(value, ERA_KEYS);
  if (!fields) return undefined;
  const label = line(fields.label, 120);
  const date = trimmed(fields.date, 64);
  return label === undefined || date === undefined ? undefined : { label, date };
}
