/**
 * The default dataset as the tests know it, read straight from `data/` rather than through the
 * app's own loader, so a bug there cannot hide from the tests by agreeing with itself.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './server.ts';

/** What the tests need of one event. */
export interface KnownEvent {
  id: string;
  title: string;
  /** `YYYY-MM-DD` of the start, so plain string order is time order. */
  start: string;
  /** The `exact` text of each of its citations. */
  quotes: string[];
}

/** The dataset the app opens with when no `?data=` is given. */
export const DEFAULT_DATASET_DIR = join(PROJECT_ROOT, 'data', 'icc-putin-warrant');

interface RawEvent {
  id: string;
  title: string;
  date: string;
  citations: { exact: string }[];
}

function startOf(event: RawEvent): string {
  const start = event.date.split('/')[0] ?? '';
  // Only full calendar dates sort correctly as strings; anything else must be handled on purpose.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) {
    throw new Error(`Test helper cannot order ${event.id}: date ${event.date} is not YYYY-MM-DD`);
  }
  return start;
}

const raw = JSON.parse(readFileSync(join(DEFAULT_DATASET_DIR, 'timeline.json'), 'utf8')) as {
  source: { file: string };
  events: RawEvent[];
};

/** The default dataset's events in time order (ties keep file order). */
export const EVENTS: readonly KnownEvent[] = raw.events
  .map((event) => ({
    id: event.id,
    title: event.title,
    start: startOf(event),
    quotes: event.citations.map((citation) => citation.exact),
  }))
  .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

/** The source article's text, as the dataset ships it. */
export const SOURCE_TEXT = readFileSync(join(DEFAULT_DATASET_DIR, raw.source.file), 'utf8');

/** The event with this id; throws so a renamed id fails loudly. */
export function knownEvent(id: string): KnownEvent {
  const event = EVENTS.find((candidate) => candidate.id === id);
  if (!event) throw new Error(`No event ${id} in the default dataset`);
  return event;
}

/** Collapses runs of white space, so text compares across line breaks and layout. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
