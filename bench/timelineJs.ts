/**
 * A generated dataset (generate.ts) as a TimelineJS 3 file: the same events, as slides with a
 * start date, a headline, a text and a group. The benchmark loads it by `?data=` in Sourceline
 * and, the same file, in vis-timeline (bench/peer/), so both are measured on one input.
 */
import type { DatasetFile } from '../src/model/schema.ts';

/** One TimelineJS date. */
interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

/** The TimelineJS 3 JSON of `dataset`'s events (point dates only: the benchmark's are). */
export function toTimelineJs(dataset: DatasetFile) {
  return {
    title: { text: { headline: dataset.title } },
    events: dataset.events.map((event) => ({
      unique_id: event.id,
      start_date: timelineJsDate(event.date),
      text: { headline: event.title, text: event.summary },
      group: event.actors[0],
    })),
  };
}

function timelineJsDate(edtf: string): TimelineJsDate {
  const [year = '0', month, day] = edtf.split('/')[0]?.replace(/[~?%]/g, '').split('-') ?? [];
  const date: TimelineJsDate = { year: Number(year) };
  if (month) date.month = Number(month);
  if (day) date.day = Number(day);
  return date;
}
