/**
 * The date finder's rules for dates relative to the publication day or to another date, which
 * chrono-node declines or gets wrong (measured in tests/unit/studio/findDates.test.ts): seasons,
 * early/mid/late, "two decades ago", and steps from the date before ("three years later").
 */
import {
  edtfMonth,
  edtfYear,
  monthLabel,
  monthNumber,
  yearLabel,
  yearOfMonthOnOrBefore,
} from './calendar.ts';
import type { Candidate, Reference } from './candidate.ts';
import { COUNT, MONTH, YEAR, candidate, count, matches, part } from './ruleParts.ts';

const SEASON_MONTHS: Record<string, number> = {
  spring: 3,
  summer: 6,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/** Meteorological seasons (northern hemisphere) as approximate month intervals. */
function season(name: string, year: number): { date: string; label: string } {
  const first = SEASON_MONTHS[name.toLowerCase()] ?? 3;
  const endYear = first === 12 ? year + 1 : year;
  const last = first === 12 ? 2 : first + 2;
  return {
    date: `${edtfMonth(year, first)}~/${edtfMonth(endYear, last)}~`,
    label: `c. ${monthLabel(year, first)} – c. ${monthLabel(endYear, last)}`,
  };
}

/** Spring 2019, the summer of 2020, last winter, this autumn. */
export function seasons(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const note = 'seasons as the northern hemisphere counts them (March–May is spring)';
  for (const { m, start, end } of matches(
    text,
    /\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4})\b/gi,
  )) {
    const year = Number(m[2]);
    out.push(
      candidate({
        start,
        end,
        ...season(m[1] ?? '', year),
        anchor: { year },
        note,
        rule: 'season',
      }),
    );
  }
  for (const { m, start, end } of matches(
    text,
    /\b(last|this|past)\s+(spring|summer|autumn|fall|winter)\b/gi,
  )) {
    const name = (m[2] ?? '').toLowerCase();
    const first = SEASON_MONTHS[name] ?? 3;
    // The season's latest start on or before the publication month; "last" is the one before.
    let year = first <= ref.day.month ? ref.day.year : ref.day.year - 1;
    if (
      m[1]?.toLowerCase() === 'last' &&
      year === ref.day.year &&
      first <= ref.day.month &&
      ref.day.month - first < 3
    )
      year--;
    out.push(
      candidate({
        start,
        end,
        ...season(name, year),
        anchor: { year },
        kind: 'inferred',
        note,
        rule: 'season',
      }),
    );
  }
  return out;
}

/** Early 2020, mid-2019, late in 2008, the end of 1999, earlier this year, late last year. */
export function partsOfYears(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const word = '(early|mid|late|earlier|later|the (?:start|beginning|end|middle) of)';
  const push = (
    start: number,
    end: number,
    which: string,
    year: number,
    kind: Candidate['kind'],
  ) => {
    const w = which.toLowerCase();
    const [a, b] =
      w === 'earlier'
        ? [1, ref.day.month]
        : w === 'later'
          ? [ref.day.month, 12]
          : part(which, 1, 12);
    out.push(
      candidate({
        start,
        end,
        date: `${edtfMonth(year, a)}~/${edtfMonth(year, b)}~`,
        anchor: { year, month: a },
        label: `c. ${monthLabel(year, a)} – c. ${monthLabel(year, b)}`,
        kind,
        note: `"${which}" read as the ${a === 1 ? 'first' : b === 12 ? 'last' : 'middle'} months of the year`,
        rule: 'part-of-year',
      }),
    );
  };
  for (const { m, start, end } of matches(
    text,
    new RegExp(`\\b${word}[- ](?:in\\s+)?${YEAR}\\b`, 'gi'),
  )) {
    if (/^(earlier|later)$/i.test(m[1] ?? '')) continue;
    push(start, end, m[1] ?? '', Number(m[2]), 'article');
  }
  for (const { m, start, end } of matches(
    text,
    new RegExp(`\\b${word}\\s+(this|last)\\s+year\\b`, 'gi'),
  )) {
    const year = m[2]?.toLowerCase() === 'last' ? ref.day.year - 1 : ref.day.year;
    const which = m[1] ?? '';
    if (/^(earlier|later)$/i.test(which) && m[2]?.toLowerCase() === 'last')
      push(start, end, 'mid', year, 'inferred');
    else push(start, end, which, year, 'inferred');
  }
  return out;
}

/** Early March, mid-October 2019, late December: the month, since EDTF has no "late". */
export function partsOfMonths(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const pattern = new RegExp(
    `\\b(early|mid|late)[- ](?:in\\s+)?${MONTH}(?:,?\\s+${YEAR})?\\b`,
    'gi',
  );
  for (const { m, start, end } of matches(text, pattern)) {
    const month = monthNumber(m[2] ?? '');
    if (month === null) continue;
    const given = m[3] !== undefined;
    const year = given ? Number(m[3]) : yearOfMonthOnOrBefore(ref.day, month);
    out.push(
      candidate({
        start,
        end,
        date: edtfMonth(year, month),
        anchor: { year, month },
        label: monthLabel(year, month),
        kind: given ? 'article' : 'inferred',
        note: `the month: EDTF cannot say "${(m[1] ?? '').toLowerCase()}"`,
        rule: 'part-of-month',
      }),
    );
  }
  return out;
}

/** Two decades ago, 20 years ago, a century ago: counted back from the publication year. */
export function yearsAgo(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const pattern = new RegExp(`\\b${COUNT}\\s+(decades?|years?|centur(?:y|ies))\\s+ago\\b`, 'gi');
  for (const { m, start, end } of matches(text, pattern)) {
    const n = count(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    const years = n * (unit.startsWith('dec') ? 10 : unit.startsWith('cent') ? 100 : 1);
    const year = ref.day.year - years;
    const round = !unit.startsWith('year') || (years >= 10 && years % 5 === 0);
    out.push(
      candidate({
        start,
        end,
        date: `${edtfYear(year)}${round ? '~' : ''}`,
        anchor: { year },
        label: `${round ? 'c. ' : ''}${yearLabel(year)}`,
        kind: 'inferred',
        ...(round && { note: 'a round number of years, so approximate' }),
        rule: 'years-ago',
      }),
    );
  }
  return out;
}

/** Three years later, a month after, the following year: a step from the date before. */
export function steps(text: string): Candidate[] {
  const out: Candidate[] = [];
  const pattern = new RegExp(
    `\\b${COUNT}\\s+(decades?|years?|months?|weeks?|days?)\\s+(later|earlier|afterwards?|before that)\\b`,
    'gi',
  );
  for (const { m, start, end } of matches(text, pattern)) {
    const n = count(m[1] ?? '');
    const unit = (m[2] ?? '').toLowerCase();
    const sign = /^(earlier|before)/i.test(m[3] ?? '') ? -1 : 1;
    const [amount, u] = unit.startsWith('dec')
      ? ([n * 10, 'year'] as const)
      : unit.startsWith('year')
        ? ([n, 'year'] as const)
        : unit.startsWith('month')
          ? ([n, 'month'] as const)
          : unit.startsWith('week')
            ? ([n * 7, 'day'] as const)
            : ([n, 'day'] as const);
    out.push(
      candidate({
        start,
        end,
        date: null,
        step: {
          amount: sign * amount,
          unit: u,
          approximate: unit.startsWith('dec') || unit.startsWith('week'),
        },
        label: '',
        kind: 'inferred',
        rule: 'step',
      }),
    );
  }
  for (const { m, start, end } of matches(
    text,
    /\b(?:the\s+(following|next|previous)\s+(year|month|day)|the\s+(year|month|day)\s+(after|before))\b/gi,
  )) {
    const unit = (m[2] ?? m[3] ?? 'year').toLowerCase() as 'year' | 'month' | 'day';
    const sign = /previous|before/i.test(m[0]) ? -1 : 1;
    out.push(
      candidate({
        start,
        end,
        date: null,
        step: { amount: sign, unit, approximate: false },
        label: '',
        kind: 'inferred',
        rule: 'step',
      }),
    );
  }
  return out;
}
