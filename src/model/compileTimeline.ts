/**
 * Validation and compilation of a dataset: schema, dates, ids, quotes. Returns either the
 * compiled `Timeline` or every problem found, each located by event and field.
 */
import { anchorQuote, normalise, normaliseQuote } from './quotes/anchor.ts';
import { invisibleCharacters, withoutInvisible } from './invisibleText.ts';
import type { NormalisedText } from './quotes/anchor.ts';
import { parseEdtf } from './dates/parseEdtf.ts';
import { clipValue, plainMessage } from './plainMessage.ts';
import type { EdtfResult } from './dates/parseEdtf.ts';
import { parseSimpleEdtf } from './dates/parseSimpleEdtf.ts';
import type { Problem, Result } from './problem.ts';
import { BATCH, validateDataset } from './validateDataset.ts';
import { slugify } from './slugId.ts';
import type { DatasetFile, EventRecord, SourceRecord } from './schema.ts';
import type { Era, ResolvedCitation, SourceDocument, Timeline, TimelineEvent } from './timeline.ts';

/** Locates a field of the raw input: `events[3] "clinton-signs" › date`. */
export function locate(raw: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'dataset';
  const [head, index, ...rest] = path;
  if (head === 'events' && typeof index === 'number') {
    const id = eventIdAt(raw, index);
    const where = `events[${index}]${id ? ` "${id}"` : ''}`;
    return rest.length ? `${where} › ${dotted(rest)}` : where;
  }
  return dotted(path);
}

/** `citations.0.exact` → `citations[0].exact`, as compileEvent writes its own locations. */
function dotted(path: readonly PropertyKey[]): string {
  return path
    .map((key) => clipValue(String(key), 60))
    .join('.')
    .replace(/\.(\d+)(?=\.|$)/g, '[$1]');
}

function eventIdAt(raw: unknown, index: number): string | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const events = (raw as { events?: unknown }).events;
  if (!Array.isArray(events)) return null;
  const event: unknown = events[index];
  if (typeof event !== 'object' || event === null) return null;
  const id = (event as { id?: unknown }).id;
  return typeof id === 'string' && id.length <= 80 ? id : null;
}

/** The raw value at a schema path (undefined where the path leads nowhere). */
function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = raw;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * The texts of the source files a dataset names, read by the caller before compiling: a map from
 * file name to text, or (for a dataset with one `source`) that file's text alone. Text carried
 * inside the dataset (`source.text`) needs nothing here.
 */
export type SourceTexts = ReadonlyMap<string, string> | string | null;

/** A source ready for anchoring: its record, its id and its text (null where unreadable). */
interface OpenSource {
  record: SourceRecord;
  id: string;
  where: string;
  text: string | null;
  normalised: NormalisedText | null;
  /** The text without invisible characters, made once on the first quote that is not found. */
  visible: string | null;
}

/**
 * Told how far a compile has come: `done` of `total` events. Each event is checked twice, its
 * shape (in batches) and then its date and quotes; each pass counts for half.
 */
export type OnProgress = (progress: { done: number; total: number }) => void;

/** Validates a parsed JSON value and compiles it, with the source texts it cites (if any). */
export function compileTimeline(
  raw: unknown,
  sourceTexts: SourceTexts,
  onProgress?: OnProgress,
): Result<Timeline> {
  const parsed = validateDataset(
    raw,
    onProgress && ((done, total) => onProgress({ done: Math.floor(done / 2), total })),
  );
  if (!parsed.ok) {
    return {
      ok: false,
      // Every issue is a problem (the screen lists the first few and counts the rest).
      problems: parsed.issues.map((issue) => ({
        where: locate(raw, issue.path),
        message: plainMessage(issue, valueAt(raw, issue.path)),
      })),
    };
  }
  const data = parsed.data;
  const total = data.events.length;
  const problems: Problem[] = [];
  const sources = openSources(data, sourceTexts, problems);
  const seen = new Set<string>();
  const events: TimelineEvent[] = [];
  data.events.forEach((record, index) => {
    const where = `events[${index}] "${record.id}"`;
    if (seen.has(record.id))
      problems.push({ where: `${where} › id`, message: `duplicates the id of an earlier event` });
    seen.add(record.id);
    const event = compileEvent(record, where, sources, problems);
    if (event) events.push(event);
    if (onProgress && (index + 1) % BATCH === 0)
      onProgress({ done: Math.floor((total + index + 1) / 2), total });
  });
  const eras = compileEras(data, problems);
  if (problems.length > 0) return { ok: false, problems };
  events.sort(
    (a, b) => a.date.start - b.date.start || a.date.end - b.date.end || (a.id < b.id ? -1 : 1),
  );
  const timeline: Timeline = {
    title: data.title,
    lanes: laneOrder(data, events),
    eras,
    events,
    sources: sources.map(sourceDocument),
  };
  if (data.description) timeline.description = data.description;
  if (data.language) timeline.language = data.language;
  onProgress?.({ done: total, total });
  return { ok: true, value: timeline };
}

/**
 * The dataset's sources with their texts: its one `source` (id `source` unless it gives one) or
 * its list of `sources`, each with a distinct id. A text that could not be read is a problem.
 */
function openSources(data: DatasetFile, texts: SourceTexts, problems: Problem[]): OpenSource[] {
  if (data.source && data.sources) {
    problems.push({
      where: 'sources',
      message: 'give either "source" (one document) or "sources" (a list), not both',
    });
    return [];
  }
  const list = data.sources ?? (data.source ? [data.source] : []);
  const several = data.sources !== undefined;
  const ids = new Set<string>();
  return list.map((record, i) => {
    const where = several ? `sources[${i}]` : 'source';
    const id = record.id ?? (several ? `source-${i + 1}` : 'source');
    if (several && record.id === undefined && list.length > 1) {
      problems.push({
        where: `${where} › id`,
        message: 'must be given when the dataset has several sources, for citations to name it',
      });
    } else if (ids.has(id)) {
      problems.push({ where: `${where} › id`, message: 'duplicates the id of an earlier source' });
    }
    ids.add(id);
    const text = record.text ?? textOfFile(texts, record.file ?? '', list.length);
    if (text === null) {
      problems.push({
        where: `${where}.file`,
        message: `the source text "${record.file ?? ''}" could not be read`,
      });
    }
    const normalised = text === null ? null : normalise(text);
    return { record, id, where, text, normalised, visible: null };
  });
}

/** A file's text from what the caller read: a bare string is the one file of a one-source dataset. */
function textOfFile(texts: SourceTexts, file: string, count: number): string | null {
  if (texts === null) return null;
  if (typeof texts === 'string') return count === 1 ? texts : null;
  return texts.get(file) ?? null;
}

/** The source a citation is in: the one it names, or the only one. */
function sourceOfCitation(
  sources: readonly OpenSource[],
  named: string | undefined,
): OpenSource | string {
  const ids = sources.map((s) => `"${s.id}"`).join(', ');
  if (named === undefined) {
    if (sources.length === 1 && sources[0]) return sources[0];
    return `must name its source (one of ${ids}), since the dataset has several`;
  }
  return (
    sources.find((s) => s.id === named) ??
    `names no source of this dataset: "${clipValue(named, 60)}" (its sources are ${ids})`
  );
}

function compileEvent(
  record: EventRecord,
  where: string,
  sources: readonly OpenSource[],
  problems: Problem[],
): TimelineEvent | null {
  const date = parseDate(record.date);
  if (!date.ok) problems.push({ where: `${where} › date`, message: date.message });
  const citations: ResolvedCitation[] = [];
  if (sources.length > 0 && record.citations.length === 0) {
    problems.push({ where: `${where} › citations`, message: 'cites no passage of the source' });
  }
  if (sources.length > 0) {
    record.citations.forEach((citation, i) => {
      const source = sourceOfCitation(sources, citation.source);
      if (typeof source === 'string') {
        problems.push({ where: `${where} › citations[${i}].source`, message: source });
        return;
      }
      if (!source.normalised) return;
      const found = anchorQuote(source.normalised, citation);
      const at = `${where} › citations[${i}].exact`;
      if (!found.ok && found.reason === 'not-found') {
        const visible = () => (source.visible ??= withoutInvisible(source.normalised?.text ?? ''));
        problems.push({ where: at, message: missingQuote(citation.exact, visible) });
      } else if (!found.ok) {
        problems.push({
          where: at,
          message: `the quote occurs ${found.count} times in the source; add a prefix or suffix to pick one`,
        });
      } else {
        const resolved: ResolvedCitation = {
          source: source.id,
          exact: citation.exact,
          start: found.start,
          end: found.end,
        };
        if (citation.prefix !== undefined) resolved.prefix = citation.prefix;
        if (citation.suffix !== undefined) resolved.suffix = citation.suffix;
        citations.push(resolved);
      }
    });
  }
  if (!date.ok) return null;
  const event: TimelineEvent = {
    id: record.id,
    title: record.title,
    summary: record.summary,
    date: date.value,
    dateLabel: record.displayDate ?? date.value.label,
    dateInArticle: record.dateInArticle,
    dateSource: record.dateSource,
    actors: record.actors,
    lane: record.actors[0] ?? '',
    citations,
  };
  if (record.notes !== undefined) event.notes = record.notes;
  if (record.key === true) event.key = true;
  if (record.media !== undefined) {
    const { url, caption, credit } = record.media;
    event.media = {
      url,
      ...(caption !== undefined && { caption }),
      ...(credit !== undefined && { credit }),
    };
  }
  return event;
}

/** The plain forms by the fast path; the rest (and every problem) by the full EDTF parser. */
function parseDate(text: string): EdtfResult {
  const simple = parseSimpleEdtf(text);
  return simple ? { ok: true, value: simple } : parseEdtf(text);
}

function compileEras(data: DatasetFile, problems: Problem[]): Era[] {
  const eras: Era[] = [];
  (data.eras ?? []).forEach((era, i) => {
    const date = parseDate(era.date);
    if (date.ok) eras.push({ label: era.label, date: date.value });
    else problems.push({ where: `eras[${i}] › date`, message: date.message });
  });
  return eras;
}

/** Declared lanes first, then any other first actor in order of first appearance. */
function laneOrder(data: DatasetFile, events: TimelineEvent[]): string[] {
  const lanes = [...(data.lanes ?? [])];
  for (const event of events) if (!lanes.includes(event.lane)) lanes.push(event.lane);
  return lanes.filter((lane) => events.some((event) => event.lane === lane));
}

function sourceDocument({ record, id, text }: OpenSource): SourceDocument {
  const doc: SourceDocument = {
    id,
    title: record.title,
    published: record.published,
    // Embedded text gets a file name for the reader's "download the source" (from its title).
    file: record.file ?? `${slugify(record.title) || 'source'}.txt`,
    // Only compiled when every text was read (a missing one is a problem).
    text: text ?? '',
  };
  if (record.publisher !== undefined) doc.publisher = record.publisher;
  if (record.url !== undefined) doc.url = record.url;
  if (record.language !== undefined) doc.language = record.language;
  return doc;
}

/**
 * Why a quote is not found, naming what cannot be seen: invisible characters in the quote
 * ("U+200B ZERO WIDTH SPACE at position 17"), or in the source among the quoted words.
 */
function missingQuote(exact: string, visibleSource: () => string): string {
  const message = `the quote is not in the source text: "${clipQuote(exact)}"`;
  const hidden = invisibleCharacters(exact);
  if (hidden.count > 0) {
    const what =
      hidden.count === 1 ? 'an invisible character' : `${hidden.count} invisible characters`;
    const more = hidden.count > hidden.described.length ? ', …' : '';
    return `${message}; it holds ${what}: ${hidden.described.join(', ')}${more}`;
  }
  const words = normaliseQuote(exact);
  if (words.trim() !== '' && visibleSource().includes(words)) {
    return `${message}; the source has these words with invisible characters among them (a soft hyphen or zero-width space): copy the quote from the source text, or use npm run cite`;
  }
  return message;
}

function clipQuote(text: string): string {
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
