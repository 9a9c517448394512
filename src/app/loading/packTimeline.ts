/**
 * A compiled timeline's events in a form that crosses postMessage almost for free, for the
 * `?data=` worker to send its result back. Structured cloning the Timeline itself visits each of
 * the million small strings and objects of 100,000 events, twice (serialised in the worker,
 * rebuilt on the page): about a second, more than the compile. Packed, the events become
 * columns: every string of every event end to end in one string (the serialiser copies it in
 * one go), and typed arrays of lengths, numbers and flags whose buffers are transferred, not
 * copied. The rest of the timeline (title, sources, lanes, eras) is small and goes as is. Any
 * run of events packs on its own, so the worker sends a large timeline's events in parts, in
 * the file's order as they are compiled, which the page unpacks while the worker compiles and
 * packs the next.
 *
 * The round trip is exact: unpacking gives events deep-equal to the ones packed, with the same
 * optional keys present or absent. Packing and unpacking walk each event in the same order
 * (writeEvent and readEvent mirror each other), so a field is added to both or neither.
 */
import type {
  ParsedDate,
  Precision,
  ResolvedCitation,
  TimelineEvent,
} from '../../model/timeline.ts';
import type { DateSource } from '../../model/schema.ts';
import { Reader, Writer } from './packColumns.ts';
import type { Columns } from './packColumns.ts';

/**
 * Up to this many events the worker sends a timeline as it is: structured cloning a few thousand
 * events costs less than packing and unpacking them with code that runs for the first time
 * (docs/performance.md, "The seventh round").
 */
export const CLONE_UP_TO = 5_000;

/**
 * A larger timeline's events go in parts of this many, so that the page unpacks one part while
 * the worker compiles and packs the next (docs/performance.md, "The eighth round" and "The
 * ninth round").
 */
export const PART_SIZE = 2_000;

/** Events packed by packEvents: structured-cloneable, five columns and a count however many. */
export interface PackedEvents extends Columns {
  /** Number of events. */
  count: number;
}

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'time'];
const SOURCE_KINDS: readonly DateSource['kind'][] = ['article', 'inferred', 'record'];
const KEYS: readonly (boolean | undefined)[] = [undefined, false, true];

/** Packs events; post `packed` with `transfer` as the transfer list. */
export function packEvents(events: readonly TimelineEvent[]): {
  packed: PackedEvents;
  transfer: ArrayBuffer[];
} {
  const writer = new Writer();
  for (const event of events) writeEvent(writer, event);
  const packed: PackedEvents = { count: events.length, ...writer.columns() };
  return {
    packed,
    transfer: [packed.lengths, packed.numbers, packed.flags, packed.refs].map((a) => a.buffer),
  };
}

/** The events packEvents packed. */
export function unpackEvents(packed: PackedEvents): TimelineEvent[] {
  const reader = new Reader(packed);
  const events: TimelineEvent[] = new Array<TimelineEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) events[i] = readEvent(reader);
  return events;
}

/** One of `values` by its index, written by `values.indexOf`. */
function oneOf<T>(values: readonly T[], index: number): T {
  if (index >= values.length) throw new Error(`packed timeline: no value ${index}`);
  return values[index] as T;
}

function writeEvent(w: Writer, event: TimelineEvent): void {
  w.string(event.id);
  w.string(event.title);
  w.string(event.summary);
  writeDate(w, event.date);
  w.sameAs(event.dateLabel, event.date.label);
  w.optional(event.dateInArticle ?? undefined);
  writeDateSource(w, event.dateSource);
  w.length(event.actors.length);
  for (const actor of event.actors) w.repeated(actor);
  w.sameAs(event.lane, event.actors[0]);
  w.length(event.citations.length);
  for (const citation of event.citations) writeCitation(w, citation);
  w.optional(event.notes);
  w.flag(KEYS.indexOf(event.key));
  w.optional(event.media?.url);
  if (event.media) {
    w.optional(event.media.caption);
    w.optional(event.media.credit);
  }
}

function readEvent(r: Reader): TimelineEvent {
  const id = r.string();
  const title = r.string();
  const summary = r.string();
  const date = readDate(r);
  const dateLabel = r.sameAs(date.label);
  const dateInArticle = r.optional() ?? null;
  const dateSource = readDateSource(r);
  const actors = Array.from({ length: r.length() }, () => r.repeated());
  const lane = r.sameAs(actors[0]);
  const citations = Array.from({ length: r.length() }, () => readCitation(r));
  const event: TimelineEvent = {
    id,
    title,
    summary,
    date,
    dateLabel,
    dateInArticle,
    dateSource,
    actors,
    lane,
    citations,
  };
  const notes = r.optional();
  if (notes !== undefined) event.notes = notes;
  const key = oneOf(KEYS, r.flag());
  if (key !== undefined) event.key = key;
  const url = r.optional();
  if (url !== undefined) {
    const caption = r.optional();
    const credit = r.optional();
    event.media = {
      url,
      ...(caption !== undefined && { caption }),
      ...(credit !== undefined && { credit }),
    };
  }
  return event;
}

function writeDate(w: Writer, date: ParsedDate): void {
  w.string(date.edtf);
  w.number(date.start);
  w.number(date.end);
  w.flag(PRECISIONS.indexOf(date.precision));
  w.flag(date.isInterval);
  w.flag(date.approximate);
  w.flag(date.uncertain);
  w.flag(date.isPoint);
  w.string(date.label);
}

function readDate(r: Reader): ParsedDate {
  return {
    edtf: r.string(),
    start: r.number(),
    end: r.number(),
    precision: oneOf(PRECISIONS, r.flag()),
    isInterval: r.bool(),
    approximate: r.bool(),
    uncertain: r.bool(),
    isPoint: r.bool(),
    label: r.string(),
  };
}

function writeDateSource(w: Writer, source: DateSource): void {
  w.flag(SOURCE_KINDS.indexOf(source.kind));
  if (source.kind === 'inferred') w.repeated(source.basis);
  if (source.kind === 'record') w.repeated(source.record);
}

function readDateSource(r: Reader): DateSource {
  const kind = oneOf(SOURCE_KINDS, r.flag());
  if (kind === 'inferred') return { kind, basis: r.repeated() };
  if (kind === 'record') return { kind, record: r.repeated() };
  return { kind };
}

function writeCitation(w: Writer, citation: ResolvedCitation): void {
  w.repeated(citation.source);
  w.string(citation.exact);
  w.number(citation.start);
  w.number(citation.end);
  w.optional(citation.prefix);
  w.optional(citation.suffix);
}

function readCitation(r: Reader): ResolvedCitation {
  const citation: ResolvedCitation = {
    source: r.repeated(),
    exact: r.string(),
    start: r.number(),
    end: r.number(),
  };
  const prefix = r.optional();
  const suffix = r.optional();
  if (prefix !== undefined) citation.prefix = prefix;
  if (suffix !== undefined) citation.suffix = suffix;
  return citation;
}
