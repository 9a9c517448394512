/**
 * Axis tick labels in a reader's language, through `Intl.DateTimeFormat` (no month tables): the
 * same precisions as English's tickLabel (layout/axis/axisTicks.ts), the year written where it
 * changes. Loaded only with another language's catalog. Pure: every field is read in UTC.
 */
import type { Locale } from '../locale.ts';

const DAY = 86_400_000;

type Fields = 'year' | 'month' | 'monthYear' | 'day' | 'dayYear' | 'time' | 'dayTime';

const FIELDS: Record<Fields, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { month: 'short' },
  monthYear: { month: 'short', year: 'numeric' },
  day: { day: 'numeric', month: 'short' },
  dayYear: { day: 'numeric', month: 'short', year: 'numeric' },
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  dayTime: { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
};

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, fields: Fields, value: Date): string {
  // As in English, the era is written for years before 1000.
  const era = value.getUTCFullYear() < 1000 && fields !== 'time' && fields !== 'dayTime';
  const key = `${locale} ${fields} ${era}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, {
      ...FIELDS[fields],
      ...(era && { era: 'short' }),
      timeZone: 'UTC',
    });
    formats.set(key, formatter);
  }
  return formatter.format(value);
}

/** A tick's label at the precision of the tick step, e.g. "mars 2023" or "17 mars" in French. */
export function tickLabelIn(locale: Locale, value: Date, step: number, first: boolean): string {
  if (step >= 360 * DAY) return format(locale, 'year', value);
  const month = value.getUTCMonth();
  if (step >= 28 * DAY) return format(locale, month === 0 || first ? 'monthYear' : 'month', value);
  const day = value.getUTCDate();
  if (step >= DAY)
    return format(locale, (month === 0 && day === 1) || first ? 'dayYear' : 'day', value);
  const midnight = value.getUTCHours() === 0 && value.getUTCMinutes() === 0;
  return format(locale, first || midnight ? 'dayTime' : 'time', value);
}
