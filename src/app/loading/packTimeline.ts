/**
 * A compiled timeline in a form that crosses postMessage almost for free, for the `?data=`
 * worker to send its result back. Structured cloning the Timeline itself visits each of the
 * million small strings and objects of 100,000 events, twice (serialised in the worker,
 * rebuilt on the page): about a second, more than the compile. Packed, the events become
 * columns: every string of every event end to end in one string (the serialiser copies it in
 * one go), and typed arrays of lengths, numbers and flags whose buffers are transferred, not
 * copied. The rest of the timeline (title, sources, lanes, eras) is small and goes as is.
 *
 * The round trip is exact: unpacking gives a timeline deep-equal to the one packed, with the
 * same optional keys present or absent. Packing and unpacking walk each event in the same
 * order (writeEvent and readEvent mirror each other), so a field is added to both or neither.
 */
import type {
  ParsedDate,
  Precision,
  ResolvedCitation,
  Timeline,
  TimelineEvent,
} from '../../model/timeline.ts';
import type { DateSource } from '../../model/schema.ts';

/** A Timeline packed by packTimeline: structured-cloneable, in seven pieces whatever its size. */
export interface PackedTimeline {
  /** Everything but the events, as is. */
  rest: Omit<Timeline, 'events'>;
  /** Number of events. */
  count: number;
  /** Every string of the events, end to end, in the order they are written. */
  text: string;
  /** Each of those strings' length (UTF-16 units, ABSENT for a missing optional one), and each
   * list's (actors, citations). */
  lengths: Uint32Array<ArrayBuffer>;
  /** Each event's start and end and each citation's offsets, exact whatever their value. */
  numbers: Float64Array<ArrayBuffer>;
  /** Small enums and booleans, a byte each. */
  flags: Uint8Array<ArrayBuffer>;
  /** For each string many events share (an actor, a date's record), its index among the distinct
   * ones in order of appearance: the next index is a new one, whose text follows in `text`. */
  refs: Uint32Array<ArrayBuffer>;
}

/** The length written for an optional string that is absent (no string is 2³² − 1 long). */
const ABSENT = 0xffff_ffff;

const PRECISIONS: readonly Precision[] = ['year', 'month', 'day', 'time'];
const SOURCE_KINDS: readonly DateSource['kind'][] = ['article', 'inferred', 'record'];
const KEYS: readonly (boolean | undefined)[] = [undefined, false, true];

/** Packs a timeline; post `packed` with `transfer` as the transfer list. */
export function packTimeline(timeline: Timeline): {
  packed: PackedTimeline;
  transfer: ArrayBuffer[];
} {
  const { events, ...rest } = timeline;
  const writer = new Writer();
  for (const event of events) writeEvent(writer, event);
  const packed: PackedTimeline = { rest, count: events.length, ...writer.columns() };
  return {
    packed,
    transfer: [packed.lengths, packed.numbers, packed.flags, packed.refs].map((a) => a.buffer),
  };
}

/** The timeline packTimeline packed. */
export function unpackTimeline(packed: PackedTimeline): Timeline {
  const reader = new Reader(packed);
  const events: TimelineEvent[] = new Array<TimelineEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) events[i] = readEvent(reader);
  return { ...packed.rest, events };
}

/** Appends values to the columns. */
class Writer {
  private readonly text: string[] = [];
  private readonly lengths = new Column(Uint32Array);
  private readonly numbers = new Column(Float64Array);
  private readonly flags = new Column(Uint8Array);
  private readonly refs = new Column(Uint32Array);
  private readonly shared = new Map<string, number>();

  string(value: string): void {
    this.text.push(value);
    this.lengths.push(value.length);
  }

  optional(value: string | undefined): void {
    if (value === undefined) this.lengths.push(ABSENT);
    else this.string(value);
  }

  /** A string that is usually another of the event's (the lane its first actor): a flag then. */
  sameAs(value: string, earlier: string | undefined): void {
    this.flag(value === earlier);
    if (value !== earlier) this.string(value);
  }

  /** A string many events share (an actor, a date's record): written once, then by its index. */
  repeated(value: string): void {
    const ref = this.shared.get(value);
    if (ref !== undefined) return this.refs.push(ref);
    this.refs.push(this.shared.size);
    this.shared.set(value, this.shared.size);
    this.string(value);
  }

  length(value: number): void {
    this.lengths.push(value);
  }

  number(value: number): void {
    this.numbers.push(value);
  }

  /** A small whole number, 0 to 255, or a boolean. */
  flag(value: number | boolean): void {
    this.flags.push(Number(value));
  }

  columns(): Pick<PackedTimeline, 'text' | 'lengths' | 'numbers' | 'flags' | 'refs'> {
    return {
      text: this.text.join(''),
      lengths: this.lengths.values(),
      numbers: this.numbers.values(),
      flags: this.flags.values(),
      refs: this.refs.values(),
    };
  }
}

type Typed = Uint8Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/** A typed array that grows as it is written, doubling: no array of numbers to convert. */
class Column<T extends Typed> {
  private array: T;
  private size = 0;

  constructor(private readonly make: new (length: number) => T) {
    this.array = new make(1024);
  }

  push(value: number): void {
    if (this.size === this.array.length) {
      const larger = new this.make(this.array.length * 2);
      larger.set(this.array);
      this.array = larger;
    }
    this.array[this.size++] = value;
  }

  /** What was written, on a buffer of its own (the unused end is never copied, only moved). */
  values(): T {
    return this.array.subarray(0, this.size) as T;
  }
}

/** Takes values from the columns in the order the Writer appended them. */
class Reader {
  private textAt = 0;
  private lengthAt = 0;
  private numberAt = 0;
  private flagAt = 0;
  private refAt = 0;
  private readonly shared: string[] = [];

  constructor(private readonly packed: PackedTimeline) {}

  string(): string {
    const value = this.optional();
    if (value === undefined) throw new Error('packed timeline: a string is missing');
    return value;
  }

  optional(): string | undefined {
    const length = this.length();
    if (length === ABSENT) return undefined;
    const start = this.textAt;
    this.textAt += length;
    return this.packed.text.slice(start, this.textAt);
  }

  sameAs(earlier: string | undefined): string {
    const same = this.bool();
    return same && earlier !== undefined ? earlier : this.string();
  }

  repeated(): string {
    const ref = taken(this.packed.refs[this.refAt++]);
    if (ref === this.shared.length) this.shared.push(this.string());
    return taken(this.shared[ref]);
  }

  length(): number {
    return taken(this.packed.lengths[this.lengthAt++]);
  }

  number(): number {
    return taken(this.packed.numbers[this.numberAt++]);
  }

  flag(): number {
    return taken(this.packed.flags[this.flagAt++]);
  }

  bool(): boolean {
    return this.flag() === 1;
  }
}

function taken<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('packed timeline: a column ends early');
  return value;
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
