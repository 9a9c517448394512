/**
 * TimelineJS2 JSON, the format of TimelineJS before version 3, to a Sourceline dataset:
 * `{"timeline": {"headline", "text", "date": [...], "era": [...]}}`, each slide with `startDate`
 * and `endDate` written "year,month,day,hour,minute,second" ("2011,12,10"), `headline`, `text`,
 * `tag` (its group) and `asset` (`media`, `credit`, `caption`). Each slide is rewritten as the
 * TimelineJS3 slide it stands for and the TimelineJS3 importer does the rest, so both versions
 * are checked by the same rules; problems are located in TimelineJS2's own terms
 * (`timeline.date[3] › startDate › month`). Pure.
 */
import { importTimelineJs } from './importTimelineJs.ts';
import type { ImportOptions, ImportPlace } from './importTimelineJs.ts';
import type { Problem, Result } from '../model/problem.ts';
import type { DatasetFile } from '../model/schema.ts';

/** TimelineJS2 JSON: a `timeline` object with a `date` list. */
export function isTimelineJs2(raw: unknown): boolean {
  return isObject(raw) && isObject(raw.timeline) && Array.isArray(raw.timeline.date);
}

// A year (negative before the common era), then up to five more whole numbers.
const DATE = /^\s*(-?\d+)((?:\s*,\s*\d+){0,5})\s*,?\s*$/;
const FIELDS = ['month', 'day', 'hour', 'minute', 'second'] as const;

/** Converts a parsed TimelineJS2 JSON value into a dataset in our format. */
export function importTimelineJs2(
  input: unknown,
  options: ImportOptions = {},
): Result<DatasetFile> {
  if (!isObject(input) || !isObject(input.timeline) || !Array.isArray(input.timeline.date)) {
    const problem = {
      where: 'timeline',
      message: 'is not a TimelineJS2 timeline: it needs a "date" list',
    };
    return { ok: false, problems: [problem] };
  }
  const { timeline } = input;
  const problems: Problem[] = [];
  const slides = (list: unknown, part: 'date' | 'era') =>
    Array.isArray(list)
      ? list.map((slide: unknown, index) =>
          slideOf(slide, (field, message) =>
            problems.push({ where: `timeline.${part}[${index}] › ${field}`, message }),
          ),
        )
      : list;
  const converted = {
    title: { text: { headline: timeline.headline, text: timeline.text } },
    events: slides(timeline.date, 'date'),
    eras: slides(timeline.era, 'era'),
  };
  const result = importTimelineJs(converted, {
    origin: 'Imported from a TimelineJS2 timeline',
    ...options,
    locate: locateInVersion2,
  });
  if (problems.length === 0) return result;
  return { ok: false, problems: [...problems, ...(result.ok ? [] : result.problems)] };
}

/**
 * The TimelineJS3 slide a TimelineJS2 slide stands for. A date that cannot be read is reported
 * here, in its own words, and replaced by a harmless one so it is not reported twice.
 */
function slideOf(slide: unknown, report: (field: string, message: string) => void): unknown {
  if (!isObject(slide)) return slide; // the TimelineJS3 importer says what is wrong with it
  const date = (field: 'startDate' | 'endDate') => {
    const value = slide[field];
    if (value === undefined || value === null || value === '') return undefined;
    const parts = dateParts(value);
    if (parts) return parts;
    const shown = JSON.stringify(typeof value === 'string' ? value.slice(0, 40) : value);
    report(
      field,
      `${shown} is not a TimelineJS2 date: write it "year,month,day", e.g. "2011,12,10"`,
    );
    return { year: 1 };
  };
  const asset = isObject(slide.asset) ? slide.asset : null;
  return {
    start_date: date('startDate'),
    end_date: date('endDate'),
    text: { headline: slide.headline, text: slide.text },
    group: slide.tag,
    ...(asset && { media: { url: asset.media, caption: asset.caption, credit: asset.credit } }),
  };
}

/** "2011,12,10,07,02" → {year, month, day, hour, minute}, as strings; null if not of that form. */
function dateParts(value: unknown): Record<string, string> | null {
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text !== 'string' || text.length > 100) return null;
  const match = DATE.exec(text);
  if (!match) return null;
  const [, year = '', rest = ''] = match;
  const parts: Record<string, string> = { year };
  rest
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .forEach((part, i) => {
      const field = FIELDS[i];
      if (field) parts[field] = part;
    });
  return parts;
}

/** Names a TimelineJS3 place as the TimelineJS2 field it came from. */
function locateInVersion2(place: ImportPlace): string {
  if (place.part === 'file') {
    const list = { events: 'timeline.date', eras: 'timeline.era' }[place.field];
    return list ?? 'timeline';
  }
  const where =
    place.part === 'title'
      ? 'timeline'
      : `timeline.${place.part === 'events' ? 'date' : 'era'}[${place.index}]`;
  const [head = '', ...rest] = place.field.split('.');
  const name = VERSION_2_NAMES[head] ?? head;
  const field = [name, ...rest].filter(Boolean).join(' › ');
  return field ? `${where} › ${field}` : where;
}

const VERSION_2_NAMES: Record<string, string> = {
  start_date: 'startDate',
  end_date: 'endDate',
  group: 'tag',
  media: 'asset',
  text: '',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
