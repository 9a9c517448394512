/**
 * TimelineJS3 JSON (https://timeline.knightlab.com/docs/json-format.html) to a Sourceline
 * dataset. Pure: a parsed JSON value in, our dataset or every problem found out, each located
 * (`events[3] › start_date.month`). Imported timelines have no source text, so their events cite
 * nothing; the app shows them without the source pane and says so.
 */
import { clipText, singleLine } from '../model/clipText.ts';
import { htmlToText } from './htmlToText.ts';
import type { Problem, Result } from '../model/problem.ts';
import type { DatasetFile, EraRecord, EventRecord } from '../model/schema.ts';
import { createIdMaker } from '../model/slugId.ts';
import { edtfOf, readTimelineJsDate, spanOf } from './timelineJsDate.ts';
import type { DateFieldProblem } from './timelineJsDate.ts';

/** Where in the input a problem is: a slide (event or era) and a field path, or the title. */
export type ImportPlace =
  | { part: 'events' | 'eras'; index: number; field: string }
  | { part: 'title'; field: string }
  | { part: 'file'; field: string };

/** Options of an import. */
export interface ImportOptions {
  /** The timeline's title when the input has no title slide (e.g. its file name). */
  fallbackTitle?: string;
  /** What an event's date source says it was imported from. */
  origin?: string;
  /** Turns a place into a location; the CSV importer names rows and columns instead. */
  locate?: (place: ImportPlace) => string;
}

/** The lane of events without a `group`. */
export const DEFAULT_LANE = 'Events';

/** Summary of an event whose text is empty (the format requires one). */
export const NO_TEXT = 'The imported timeline gives no text for this event.';

const MAX_EVENTS = 200_000;

/** Converts a parsed TimelineJS3 JSON value into a dataset in our format. */
export function importTimelineJs(input: unknown, options: ImportOptions = {}): Result<DatasetFile> {
  const locate = options.locate ?? defaultLocate;
  const problems: Problem[] = [];
  const report = (place: ImportPlace, message: string) =>
    problems.push({ where: locate(place), message });
  if (!isObject(input) || !Array.isArray(input.events)) {
    report(
      { part: 'file', field: isObject(input) ? 'events' : '' },
      'is not a TimelineJS timeline: it needs an "events" list',
    );
    return { ok: false, problems };
  }
  if (input.events.length === 0) report({ part: 'file', field: 'events' }, 'has no events');
  if (input.events.length > MAX_EVENTS)
    report({ part: 'file', field: 'events' }, `has more than ${MAX_EVENTS} events`);
  const origin = options.origin ?? 'Imported from a TimelineJS timeline';
  const makeId = createIdMaker();
  const events: EventRecord[] = [];
  input.events.slice(0, MAX_EVENTS).forEach((slide: unknown, index) => {
    const event = importEvent(slide, index, origin, makeId, report);
    if (event) events.push(event);
  });
  const eras = importEras(input.eras, report);
  if (problems.length > 0) return { ok: false, problems };
  const description = clipText(textOf(input.title, 'text'), 2000);
  const dataset: DatasetFile = {
    title: titleOf(input.title, options.fallbackTitle),
    ...(description && { description }),
    ...(eras.length > 0 && { eras }),
    events,
  };
  return { ok: true, value: dataset };
}

function defaultLocate(place: ImportPlace): string {
  if (place.part === 'file') return place.field || 'file';
  const where = place.part === 'title' ? 'title' : `${place.part}[${place.index}]`;
  return place.field ? `${where} › ${place.field}` : where;
}

type Report = (place: ImportPlace, message: string) => void;

function importEvent(
  slide: unknown,
  index: number,
  origin: string,
  makeId: (names: readonly string[], fallback: string) => string,
  report: Report,
): EventRecord | null {
  const at = (field: string): ImportPlace => ({ part: 'events', index, field });
  if (!isObject(slide)) {
    report(at(''), 'is not an event object');
    return null;
  }
  const date = dateOf(slide, (field, message) => report(at(field), message));
  if (date === null) return null;
  const headline = singleLine(textOf(slide, 'headline'), 120);
  const text = textOf(slide, 'text');
  const title = headline || singleLine(text, 80) || `Untitled event ${index + 1}`;
  const displayDate = displayDateOf(slide);
  const media = mediaOf(slide.media);
  return {
    id: makeId([stringOf(slide.unique_id), title], `event-${index + 1}`),
    title,
    summary: clipText(text, 2000) || NO_TEXT,
    date,
    ...(displayDate && { displayDate }),
    dateInArticle: null,
    dateSource: { kind: 'record', record: `${origin}, dated as its author gave it` },
    actors: [singleLine(htmlToText(stringOf(slide.group)), 60) || DEFAULT_LANE],
    ...(media && { media }),
    citations: [],
  };
}

/** The EDTF date (or interval) of a slide, or null after reporting why there is none. */
function dateOf(
  slide: Record<string, unknown>,
  report: (field: string, message: string) => void,
): string | null {
  const problems: DateFieldProblem[] = [];
  const start = readTimelineJsDate(slide.start_date, problems);
  for (const p of problems) report(joinField('start_date', p.field), p.message);
  if (start === undefined) report('start_date', 'is missing: every event needs a start date');
  problems.length = 0;
  const end = readTimelineJsDate(slide.end_date, problems);
  for (const p of problems) report(joinField('end_date', p.field), p.message);
  if (!start || end === null) return null;
  // The parts are checked field by field above, so only the order of the ends is left to check
  // (without the EDTF parser, which would make a 100,000-event import take a minute).
  if (end && spanOf(end).end <= spanOf(start).start) {
    report('end_date', 'is before the start date');
    return null;
  }
  // An end the same as the start (TimelineJS2 files often repeat it) is one date, not a span:
  // EDTF has no interval from a day to itself.
  if (!end || edtfOf(end) === edtfOf(start)) return edtfOf(start);
  return `${edtfOf(start)}/${edtfOf(end)}`;
}

function joinField(base: string, field: string): string {
  return field ? `${base}.${field}` : base;
}

function importEras(value: unknown, report: Report): EraRecord[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    report({ part: 'file', field: 'eras' }, 'must be a list of eras');
    return [];
  }
  const eras: EraRecord[] = [];
  value.slice(0, 200).forEach((era: unknown, index) => {
    const at = (field: string): ImportPlace => ({ part: 'eras', index, field });
    if (!isObject(era)) {
      report(at(''), 'is not an era object');
      return;
    }
    const date = dateOf(era, (field, message) => report(at(field), message));
    const label = singleLine(textOf(era, 'headline'), 120) || `Era ${index + 1}`;
    if (date) eras.push({ label, date });
  });
  return eras;
}

function titleOf(title: unknown, fallback: string | undefined): string {
  return (
    singleLine(textOf(title, 'headline'), 200) ||
    singleLine(fallback ?? '', 200) ||
    'Imported timeline'
  );
}

/** `display_date` of the slide, or of its start (and end) date objects. */
function displayDateOf(slide: Record<string, unknown>): string {
  const own = stringOf(slide.display_date);
  const start = isObject(slide.start_date) ? stringOf(slide.start_date.display_date) : '';
  const end = isObject(slide.end_date) ? stringOf(slide.end_date.display_date) : '';
  const label = own || (start && end ? `${start} – ${end}` : start);
  return singleLine(htmlToText(label), 80);
}

function mediaOf(value: unknown): EventRecord['media'] | null {
  if (!isObject(value)) return null;
  const url = httpUrl(stringOf(value.url).trim());
  if (!url) return null;
  const media: NonNullable<EventRecord['media']> = { url };
  const caption = singleLine(htmlToText(stringOf(value.caption)), 500);
  const credit = singleLine(htmlToText(stringOf(value.credit)), 300);
  if (caption) media.caption = caption;
  if (credit) media.credit = credit;
  return media;
}

/** The URL if it is a well-formed http(s) one; '' for anything else (javascript:, embeds). */
function httpUrl(text: string): string {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** Plain text of `slide.text.headline` or `slide.text.text`. */
function textOf(slide: unknown, key: 'headline' | 'text'): string {
  if (!isObject(slide) || !isObject(slide.text)) return '';
  return htmlToText(stringOf(slide.text[key]));
}

function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
