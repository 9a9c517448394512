/**
 * The columns a packed timeline is written in (packTimeline.ts): a Writer appends strings,
 * numbers and small flags to them, and a Reader takes them back in the same order. Strings go end
 * to end into one string (the structured-clone serialiser copies it in one go, where a million
 * small strings cost it a second); numbers and flags into typed arrays that grow as they are
 * written, so nothing is converted when they are posted.
 */

/** The length written for an optional string that is absent (no string is 2³² − 1 long). */
const ABSENT = 0xffff_ffff;

/** The columns: every string end to end, and typed arrays whose buffers are transferred. */
export interface Columns {
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

/** Appends values to the columns. */
export class Writer {
  // Appended to, not joined at the end: V8 keeps the pieces as a rope and copies them once, when
  // the string is posted (in Node, packing 10,000 events took 22 ms rather than 29, the copy
  // included; docs/performance.md, "The thirteenth round").
  private text = '';
  private readonly lengths = new Column(Uint32Array);
  private readonly numbers = new Column(Float64Array);
  private readonly flags = new Column(Uint8Array);
  private readonly refs = new Column(Uint32Array);
  private readonly shared = new Map<string, number>();

  string(value: string): void {
    this.text += value;
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

  columns(): Columns {
    return {
      text: this.text,
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
export class Reader {
  private textAt = 0;
  private lengthAt = 0;
  private numberAt = 0;
  private flagAt = 0;
  private refAt = 0;
  private readonly shared: string[] = [];

  constructor(private readonly packed: Columns) {}

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
