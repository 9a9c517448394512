/**
 * The compiled timeline: what the app draws. A dataset file is validated and compiled into this
 * shape once (at build time for built-in datasets, on load for `?data=`), so the app never
 * re-checks it. Everything here is plain JSON-serialisable data.
 */
import type { DateSource } from './schema.ts';

/** Milliseconds since 1970-01-01T00:00Z: a point in time, never a pixel or a year. */
export type TimeMs = number & { readonly __brand?: 'TimeMs' };

/** How finely a date is known. */
export type Precision = 'year' | 'month' | 'day' | 'time';

/** A parsed EDTF date or interval, reduced to what drawing and display need. */
export interface ParsedDate {
  /** The EDTF string as written in the dataset. */
  edtf: string;
  /** First instant covered. */
  start: TimeMs;
  /** Instant just after the last one covered (exclusive). */
  end: TimeMs;
  /** The coarsest precision of its parts. */
  precision: Precision;
  isInterval: boolean;
  /** Some part is approximate (`~` or `%`). */
  approximate: boolean;
  /** Some part is uncertain (`?` or `%`). */
  uncertain: boolean;
  /** Drawn as a point (a single day or instant) rather than a span. */
  isPoint: boolean;
  /** Human label, e.g. "17 March 2023", "c. 2017", "1993 – 1994". */
  label: string;
}

/** A citation anchored in the source text. */
export interface ResolvedCitation {
  /** The id of the source the words are in (`Timeline.sources`). */
  source: string;
  exact: string;
  prefix?: string;
  suffix?: string;
  /** Offset of the first cited character in the source text (UTF-16 units). */
  start: number;
  /** Offset just after the last cited character. */
  end: number;
}

/** One event as drawn. */
export interface TimelineEvent {
  id: string;
  title: string;
  summary: string;
  date: ParsedDate;
  /** What to show as the date: the dataset's display label, or the formatted date. */
  dateLabel: string;
  dateInArticle: string | null;
  dateSource: DateSource;
  actors: string[];
  /** The lane it is drawn in: its first actor. */
  lane: string;
  notes?: string;
  /** A key event of the story (the dataset's `key`): its label is never shortened. */
  key?: boolean;
  media?: { url: string; caption?: string; credit?: string };
  citations: ResolvedCitation[];
}

/** A labelled background band. */
export interface Era {
  label: string;
  date: ParsedDate;
}

/** A source document, with its full text. */
export interface SourceDocument {
  /** Its id: the dataset's, or `source` for a dataset's one `source`. */
  id: string;
  title: string;
  publisher?: string;
  published: string;
  url?: string;
  /** File name the text was read from. */
  file: string;
  text: string;
  /** BCP 47 tag of the language the text is written in, when the dataset says. */
  language?: string;
}

/** A whole compiled timeline. */
export interface Timeline {
  title: string;
  description?: string;
  /** BCP 47 tag of the language of the dataset's own text, when it says. */
  language?: string;
  /** The documents its events cite, in the dataset's order; empty for a sourceless import. */
  sources: SourceDocument[];
  /** Lane names in display order. */
  lanes: string[];
  eras: Era[];
  /** Events in time order (start, then end, then id). */
  events: TimelineEvent[];
}
