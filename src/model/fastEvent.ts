/**
 * A fast path for checking one event: the same rules as `eventSchema` (schema.ts), written out by
 * hand for the common shape of an event, because zod's general machinery is the largest cost of a
 * long dataset's check after JSON.parse. It answers only when it is sure: the value zod's
 * `eventSchema.safeParse` would give, or null whenever it is not sure (a rule fails, an unknown or
 * undefined key, a `media` item, text past a limit in UTF-16 units), and zod then decides.
 * tests/unit/model/fastEvent.test.ts holds it to zod.
 *
 * Its key lists and limits are written here rather than read from the schema on purpose: a field
 * added to the schema is an unknown key here, so such events go to zod until this file learns it.
 */
import { isKebab, line, list, prose, strict, trimmed } from './fastChecks.ts';
import type { Fields } from './fastChecks.ts';
import type { Citation, DateSource, EventRecord } from './schema.ts';

// `media` is left out: its `z.url` check is zod's to make.
const EVENT_KEYS: ReadonlySet<string> = new Set([
  'id',
  'title',
  'summary',
  'date',
  'displayDate',
  'dateInArticle',
  'dateSource',
  'actors',
  'notes',
  'key',
  'citations',
]);
const CITATION_KEYS: ReadonlySet<string> = new Set(['type', 'source', 'exact', 'prefix', 'suffix']);
const ARTICLE_KEYS: ReadonlySet<string> = new Set(['kind']);
const INFERRED_KEYS: ReadonlySet<string> = new Set(['kind', 'basis']);
const RECORD_KEYS: ReadonlySet<string> = new Set(['kind', 'record']);

/** The event zod would give for `value`, or null when this fast path is not sure. */
export function fastEvent(value: unknown): EventRecord | null {
  const fields = strict(value, EVENT_KEYS);
  if (!fields) return null;
  const { id } = fields;
  const title = line(fields.title, 120);
  const summary = prose(fields.summary, 2000);
  const date = trimmed(fields.date, 64);
  const dateInArticle = fields.dateInArticle === null ? null : line(fields.dateInArticle, 200);
  const dateSource = checkDateSource(fields.dateSource);
  const actors = list(fields.actors, 12, (actor) => line(actor, 60));
  const citations = list(fields.citations, 20, checkCitation);
  if (
    !isKebab(id) ||
    title === undefined ||
    summary === undefined ||
    date === undefined ||
    dateInArticle === undefined ||
    dateSource === undefined ||
    actors === undefined ||
    actors.length === 0 ||
    citations === undefined
  ) {
    return null;
  }
  const event: EventRecord = {
    id,
    title,
    summary,
    date,
    dateInArticle,
    dateSource,
    actors,
    citations,
  };
  // Present as zod counts it (`in`); an undefined value, which zod would keep, is declined.
  if ('displayDate' in fields) {
    const displayDate = line(fields.displayDate, 80);
    if (displayDate === undefined) return null;
    event.displayDate = displayDate;
  }
  if ('notes' in fields) {
    const notes = prose(fields.notes, 4000);
    if (notes === undefined) return null;
    event.notes = notes;
  }
  if ('key' in fields) {
    if (typeof fields.key !== 'boolean') return null;
    event.key = fields.key;
  }
  return event;
}

/** `dateSourceSchema`: a strict object of the shape its `kind` names. */
function checkDateSource(value: unknown): DateSource | undefined {
  const kind = typeof value === 'object' && value !== null ? (value as Fields).kind : undefined;
  if (kind === 'article') return strict(value, ARTICLE_KEYS) && { kind };
  if (kind === 'inferred') {
    const basis = line(strict(value, INFERRED_KEYS)?.basis, 300);
    return basis === undefined ? undefined : { kind, basis };
  }
  if (kind === 'record') {
    const record = line(strict(value, RECORD_KEYS)?.record, 500);
    return record === undefined ? undefined : { kind, record };
  }
  return undefined;
}

/** `citationSchema`: none of its text is trimmed. */
function checkCitation(value: unknown): Citation | undefined {
  const fields = strict(value, CITATION_KEYS);
  if (!fields) return undefined;
  const { type, source, exact, prefix, suffix } = fields;
  if (
    (type !== undefined && type !== 'TextQuoteSelector') ||
    (source !== undefined && !isKebab(source)) ||
    typeof exact !== 'string' ||
    exact.length < 1 ||
    exact.length > 2000 ||
    (prefix !== undefined && !(typeof prefix === 'string' && prefix.length <= 200)) ||
    (suffix !== undefined && !(typeof suffix === 'string' && suffix.length <= 200))
  ) {
    return undefined;
  }
  const citation: Citation = { exact };
  if (type !== undefined) citation.type = type;
  if (source !== undefined) citation.source = source;
  if (prefix !== undefined) citation.prefix = prefix;
  if (suffix !== undefined) citation.suffix = suffix;
  return citation;
}
