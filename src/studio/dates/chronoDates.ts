/**
 * chrono-node's readings of explicit and relative dates, corrected where news text needs it
 * (measured in tests/unit/studio/findDates.test.ts): a weekday, a month or a day without a year
 * is resolved into the past of the publication day (chrono puts "on Monday" and "in May" after
 * it); "last week" is the week, not a day; "N weeks ago" is approximate; steps from another
 * date ("a year later", "the next day") are left to the step rule; "now" and "the last day" are
 * no dates.
 */
import { en } from 'chrono-node';
import type { ParsedResult } from 'chrono-node';
import {
  addDays,
  dayLabel,
  edtfDay,
  edtfMonth,
  edtfYear,
  monthLabel,
  weekdayOnOrBefore,
  yearLabel,
  yearOfDayOnOrBefore,
  yearOfMonthOnOrBefore,
} from './calendar.ts';
import type { Day } from './calendar.ts';
import type { Candidate, Reference } from './candidate.ts';

/** Words that make chrono count from the publication day where the text counts from elsewhere. */
const STEP = /\b(later|after|afterwards|earlier|before|next|following|from now|within)\b/i;
const RELATIVE = /\b(ago|last|yesterday|today|tonight|this|past)\b/i;

/** Candidates from chrono-node, with the publication day as the reference. */
export function chronoDates(text: string, ref: Reference): Candidate[] {
  const instant = new Date(Date.UTC(ref.day.year, ref.day.month - 1, ref.day.day, 12));
  const results = en.casual.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  return results.flatMap((result) => {
    // "the last day it was open", "the past year of the war": an ordinal, not a date.
    if (/^(last|past|this)\b/i.test(result.text) && /\bthe\s+$/i.test(text.slice(0, result.index)))
      return [];
    const found = reading(result, ref);
    if (!found) return [];
    return [
      {
        start: result.index,
        end: result.index + result.text.length,
        priority: 0,
        rule: 'chrono',
        ...found,
      },
    ];
  });
}

type Reading = Omit<Candidate, 'start' | 'end' | 'priority' | 'rule'>;

function reading(result: ParsedResult, ref: Reference): Reading | null {
  const words = result.text;
  if (/^(now|right now|from now on)$/i.test(words.trim()) || STEP.test(words)) return null;
  const c = result.start;
  const known = (k: 'year' | 'month' | 'day' | 'weekday') => c.isCertain(k);
  const relative = RELATIVE.test(words);
  if (/\bweek\b/i.test(words) && /\blast|past\b/i.test(words)) {
    // The calendar week before the publication week, Monday to Sunday.
    const monday = addDays(weekdayOnOrBefore(ref.day, 1), -7);
    const sunday = addDays(monday, 6);
    return {
      date: `${edtfDay(monday)}/${edtfDay(sunday)}`,
      anchor: monday,
      label: `${dayLabel(monday)} – ${dayLabel(sunday)}`,
      kind: 'inferred',
      sure: true,
      note: 'the week before the publication week',
    };
  }
  if (known('day') && known('month')) {
    const month = c.get('month') ?? 1;
    const dayOfMonth = c.get('day') ?? 1;
    const year = known('year')
      ? (c.get('year') ?? ref.day.year)
      : yearOfDayOnOrBefore(ref.day, month, dayOfMonth);
    const day: Day = { year, month, day: dayOfMonth };
    const weeks = /\bweeks?\s+ago\b/i.test(words);
    return {
      date: `${edtfDay(day)}${weeks ? '~' : ''}`,
      anchor: day,
      label: `${weeks ? 'c. ' : ''}${dayLabel(day)}`,
      kind: known('year') && !relative ? 'article' : 'inferred',
      sure: true,
      ...(!known('year') &&
        !relative && {
          note: 'the last such day on or before the publication day',
          yearless: true,
        }),
      ...(weeks && { note: 'counted in weeks, so approximate' }),
    };
  }
  if (known('weekday') && !known('month')) {
    const day = weekdayOnOrBefore(ref.day, c.get('weekday') ?? 0);
    return {
      date: edtfDay(day),
      anchor: day,
      label: dayLabel(day),
      kind: 'inferred',
      sure: true,
      note: 'the last such weekday on or before the publication day',
    };
  }
  if (known('month')) {
    const month = c.get('month') ?? 1;
    const year = known('year')
      ? (c.get('year') ?? ref.day.year)
      : yearOfMonthOnOrBefore(ref.day, month);
    return {
      date: edtfMonth(year, month),
      anchor: { year, month },
      label: monthLabel(year, month),
      kind: known('year') && !relative ? 'article' : 'inferred',
      sure: true,
      ...(!known('year') &&
        !relative && {
          note: 'the last such month on or before the publication day',
          yearless: true,
        }),
    };
  }
  if (known('year')) {
    const year = c.get('year') ?? ref.day.year;
    return {
      date: edtfYear(year),
      anchor: { year },
      label: yearLabel(year),
      kind: relative ? 'inferred' : 'article',
      sure: true,
    };
  }
  return null;
}
