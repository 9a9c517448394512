/** How a source's publication date reads: "17 March 2023" for a full date, else as written. */
import { formatInstant } from './formatDate.ts';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A dataset's `published` value (usually `YYYY-MM-DD`) as a reader would say it; `instant` writes
 * the day (English by default, the reader's language where the chrome passes its own).
 */
export function publishedLabel(
  published: string,
  instant: (ms: number, precision: 'day') => string = formatInstant,
): string {
  const match = ISO_DAY.exec(published);
  if (!match) return published;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const ms = Date.UTC(year, month - 1, day);
  // Date.UTC rolls 2023-02-30 over into March; a date that does not exist is shown as written.
  return new Date(ms).getUTCDate() === day ? instant(ms, 'day') : published;
}
