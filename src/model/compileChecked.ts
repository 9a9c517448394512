/**
 * Compiling a checked dataset: dates, ids, sources and quotes, each problem located by event and
 * field. compileTimeline.ts checks a raw value first (with zod where the fast path is not sure);
 * compileFast.ts calls this straight after the fast path, so a worker need not load zod.
 */
import { anchorQuote, normaliseQuote } from './quotes/anchor.ts';
import { invisibleCharacters, withoutInvisible } from './invisibleText.ts';
import { parseEdtf } from './dates/parseEdtf.ts';
import type { EdtfResult } from './dates/parseEdtf.ts';
import { parseSimpleEdtf } from './dates/parseSimpleEdtf.ts';
import { BATCH } from './fastDataset.ts';
import type { Problem, Result } from './problem.ts';
import type { DatasetFile, EventRecord } from './schema.ts';
import { openSources, sourceDocument, sourceOfCitation } from './openSources.ts';
import type { OpenSource, SourceTexts } from './openSources.ts';
import { inTimeOrder } from './compiledEach.ts';
import type { CompiledEach } from './compiledEach.ts';
import type { Era, ResolvedCitation, Timeline, TimelineEvent } from './timeline.ts';

/**
 * Told how far a compile has come: `done` of `total` events. Each event is checked twice, its
 * shape (in batches) and then its date and quotes; each pass counts for half.
 */
export type OnProgress = (progress: { done: number; total: number }) => void;

/**
 * Compiles `data`, a dataset the schema has passed, against its source texts. Reports the second
 * half of the progress (the check reported the first, `done` counting each event as half).
 */
export function compileChecked(
  data: DatasetFile,
  sourceTexts: SourceTexts,
  onProgress?: OnProgress,
): Result<Timeline> {
  const events: TimelineEvent[] = [];
  return inTimeOrder(
    compileEach(data, sourceTexts, (event) => events.push(event), onProgress),
    events,
  );
}

/**
 * compileChecked's work, each event handed to `take` as soon as it is compiled, in the file's
 * order, and their time order returned: the worker packs and sends them in parts while it
 * compiles the rest, so no compiled event outlives its part there (docs/performance.md). An
 * event is taken even if a later one has a problem; the result then says so, and no timeline.
 */
export function compileEach(
  data: DatasetFile,
  sourceTexts: SourceTexts,
  take: (event: TimelineEvent) => void,
  onProgress?: OnProgress,
): Result<CompiledEach> {
  const total = data.events.length;
  const compiler = eventCompiler(data, sourceTexts, take, total);
  data.events.forEach((record, index) => {
    compiler.add(record);
    if (onProgress && (index + 1) % BATCH === 0)
      onProgress({ done: Math.floor((total + index + 1) / 2), total });
  });
  const compiled = compiler.finish();
  if (compiled.ok) onProgress?.({ done: total, total });
  return compiled;
}

/** compileEach one event at a time: `add` each of the dataset's events in order, then `finish`. */
export interface EventCompiler {
  add(record: EventRecord): void;
  finish(): Result<CompiledEach>;
}

/**
 * compileEach's work for events given one at a time, as a file read in parts has them
 * (compileInParts.ts): `data`'s own events are not read, only the rest of it. `expected` is
 * about how many events will come (room is made for more).
 */
export function eventCompiler(
  data: DatasetFile,
  sourceTexts: SourceTexts,
  take: (event: TimelineEvent) => void,
  expected: number,
): EventCompiler {
  const problems: Problem[] = [];
  const sources = openSources(data, sourceTexts, problems);
  const seen = new Set<string>();
  // What the time order is decided by, and each event's lane, in the order they were taken:
  // typed arrays, which the comparator reads faster than arrays (100,000 events sort in about
  // 45 ms rather than 65, in Node).
  let starts = new Float64Array(Math.max(expected, 16));
  let ends = new Float64Array(starts.length);
  const ids: string[] = [];
  const lanes: string[] = [];
  let index = 0;
  return {
    add(record) {
      if (seen.has(record.id))
        problems.push({
          where: `${eventWhere(record, index)} › id`,
          message: `duplicates the id of an earlier event`,
        });
      seen.add(record.id);
      const event = compileEvent(record, index, sources, problems);
      index++;
      if (!event) return;
      if (ids.length === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[ids.length] = event.date.start;
      ends[ids.length] = event.date.end;
      ids.push(event.id);
      lanes.push(event.lane);
      take(event);
    },
    finish() {
      const eras = compileEras(data, problems);
      if (problems.length > 0) return { ok: false, problems };
      const order = Uint32Array.from(ids, (_id, i) => i).sort(
        (a, b) =>
          (starts[a] as number) - (starts[b] as number) ||
          (ends[a] as number) - (ends[b] as number) ||
          ((ids[a] as string) < (ids[b] as string) ? -1 : 1),
      );
      const rest: Omit<Timeline, 'events'> = {
        title: data.title,
        lanes: laneOrder(
          data,
          Array.from(order, (i) => lanes[i] ?? ''),
        ),
        eras,
        sources: sources.map(sourceDocument),
      };
      if (data.description) rest.description = data.description;
      if (data.language) rest.language = data.language;
      return { ok: true, value: { rest, order } };
    },
  };
}

/** `values` in an array twice as long. */
function grown(values: Float64Array<ArrayBuffer>): Float64Array<ArrayBuffer> {
  const longer = new Float64Array(values.length * 2);
  longer.set(values);
  return longer;
}

/** Where an event's problems are, as messages name it; worded only for a problem. */
function eventWhere(record: EventRecord, index: number): string {
  return `events[${index}] "${record.id}"`;
}

function compileEvent(
  record: EventRecord,
  index: number,
  sources: readonly OpenSource[],
  problems: Problem[],
): TimelineEvent | null {
  const date = parseDate(record.date);
  if (!date.ok)
    problems.push({ where: `${eventWhere(record, index)} › date`, message: date.message });
  const citations: ResolvedCitation[] = [];
  if (sources.length > 0 && record.citations.length === 0) {
    problems.push({
      where: `${eventWhere(record, index)} › citations`,
      message: 'cites no passage of the source',
    });
  }
  if (sources.length > 0) {
    record.citations.forEach((citation, i) => {
      const source = sourceOfCitation(sources, citation.source);
      if (typeof source === 'string') {
        problems.push({
          where: `${eventWhere(record, index)} › citations[${i}].source`,
          message: source,
        });
        return;
      }
      if (!source.normalised) return;
      const found = anchorQuote(source.normalised, citation);
      if (!found.ok) {
        const where = `${eventWhere(record, index)} › citations[${i}].exact`;
        const visible = () => (source.visible ??= withoutInvisible(source.normalised?.text ?? ''));
        problems.push({
          where,
          message:
            found.reason === 'not-found'
              ? missingQuote(citation.exact, visible)
              : `the quote occurs ${found.count} times in the source; add a prefix or suffix to pick one`,
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

/** Declared lanes first, then any other first actor in order of first appearance (in time). */
function laneOrder(data: DatasetFile, eventLanes: readonly string[]): string[] {
  const lanes = [...(data.lanes ?? [])];
  for (const lane of eventLanes) if (!lanes.includes(lane)) lanes.push(lane);
  const used = new Set(eventLanes);
  return lanes.filter((lane) => used.has(lane));
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
