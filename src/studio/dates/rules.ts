/**
 * The date finder's own rules, for what chrono-node declines or gets wrong on news text (measured
 * in tests/unit/studio/findDates.test.ts): bare years and year ranges, decades and centuries,
 * seasons, early/mid/late, BCE, "two decades ago", and steps from the date before ("three years
 * later"). Each returns candidates at the precision the words support, never finer.
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

const NUMBERS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
};
const COUNT = `(\\d{1,3}|${Object.keys(NUMBERS).join('|')})`;
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const YEAR = '(1\\d{3}|20\\d{2})';
/** Words before a number that make it a year ("in 2000", "the 1998 treaty", "1999 and 2002"). */
const YEAR_CUE =
  /\b(in|since|by|until|till|from|of|the|a|an|and|or|to|through|between|during|before|after|around|circa|c\.|early|mid|late|as|for|that|when)\s+$/i;

const count = (word: string) => NUMBERS[word.toLowerCase()] ?? Number(word);

/** Every match of `pattern` (which must be global) with its offsets. */
function* matches(text: string, pattern: RegExp) {
  for (const m of text.matchAll(pattern)) yield { m, start: m.index, end: m.index + m[0].length };
}

type Make = Omit<Candidate, 'priority' | 'anchor' | 'kind' | 'sure'> &
  Partial<Pick<Candidate, 'anchor' | 'kind' | 'sure'>>;

function candidate(c: Make): Candidate {
  return { kind: 'article', sure: true, anchor: null, priority: 1, ...c };
}

/** Thirds of a span: early, mid, late. */
function part(word: string, first: number, length: number): [number, number] {
  const third = length / 3;
  const w = word.toLowerCase();
  const index =
    w.startsWith('early') || w.includes('start') || w.includes('beginning')
      ? 0
      : w.startsWith('late') || w.includes('end')
        ? 2
        : 1;
  return [first + Math.round(index * third), first + Math.round((index + 1) * third) - 1];
}

/** 44 BC, 300 BCE, AD 79, 79 CE: astronomical years (1 BCE is year 0). */
export function eraYears(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const { m, start, end } of matches(
    text,
    /\b(\d{1,4})\s?(B\.C\.E\.|B\.C\.|BCE|BC)(?![A-Za-z])/g,
  )) {
    const year = 1 - Number(m[1]);
    out.push(
      candidate({
        start,
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        rule: 'era',
      }),
    );
  }
  for (const { m, start, end } of matches(
    text,
    /\b(?:(?:AD|A\.D\.)\s?(\d{1,4})|(\d{1,4})\s?(?:CE|C\.E\.|AD|A\.D\.))(?![A-Za-z])/g,
  )) {
    const year = Number(m[1] ?? m[2]);
    out.push(
      candidate({
        start,
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        rule: 'era',
      }),
    );
  }
  return out;
}

/** The 1990s, the ’90s, the early 2000s; the 1800s (a century); the 19th century. */
export function decades(text: string): Candidate[] {
  const out: Candidate[] = [];
  const pattern = /\b(?:(early|mid|late)[- ](?:in\s+)?)?(?:the\s+)?(?:(\d{2,3})0s|['’](\d)0s)\b/gi;
  for (const { m, start, end } of matches(text, pattern)) {
    const qualifier = m[1];
    let first: number;
    let span = 10;
    let sure = true;
    let note: string | undefined;
    if (m[3] !== undefined) {
      const d = Number(m[3]);
      first = (d >= 3 ? 1900 : 2000) + d * 10;
      sure = false;
      note = `read as the ${first}s: the century is not written`;
    } else {
      first = Number(m[2]) * 10;
      if (
        first % 100 === 0 &&
        first >= 1000 &&
        !/\b(early|mid|late)\b/i.test(m[0]) &&
        first !== 2000
      ) {
        span = 100;
        note = `read as the century ${first}–${first + 99}; "the ${first}s" can also mean its first decade`;
        sure = false;
      }
    }
    if (qualifier) {
      const [a, b] = part(qualifier, first, span);
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(a)}~/${edtfYear(b)}~`,
          anchor: { year: a },
          label: `c. ${a} – c. ${b}`,
          sure,
          ...(note && { note }),
          rule: 'decade',
        }),
      );
    } else {
      const digits = edtfYear(first).slice(0, span === 100 ? 2 : 3);
      const date = digits + (span === 100 ? 'XX' : 'X');
      out.push(
        candidate({
          start,
          end,
          date,
          anchor: { year: first },
          label: `${first} – ${first + span - 1}`,
          sure,
          ...(note && { note }),
          rule: 'decade',
        }),
      );
    }
  }
  const century =
    /\b(?:(early|mid|late)[- ](?:in\s+)?)?(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi;
  for (const { m, start, end } of matches(text, century)) {
    const first = (Number(m[2]) - 1) * 100;
    if (first < 1) continue;
    if (m[1]) {
      const [a, b] = part(m[1], first, 100);
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(a)}~/${edtfYear(b)}~`,
          anchor: { year: a },
          label: `c. ${a} – c. ${b}`,
          rule: 'century',
        }),
      );
    } else {
      out.push(
        candidate({
          start,
          end,
          date: `${edtfYear(first).slice(0, 2)}XX`,
          anchor: { year: first },
          label: `${first} – ${first + 99}`,
          rule: 'century',
        }),
      );
    }
  }
  return out;
}

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

/** Years written alone ("in 2000", "the 1998 treaty") and ranges ("from 1990 to 1994", "1993–94"). */
export function bareYears(text: string, ref: Reference): Candidate[] {
  const out: Candidate[] = [];
  const range = new RegExp(
    `\\b(?:(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till|through)\\s+${YEAR}|${YEAR}\\s?[-–—]\\s?(\\d{4}|\\d{2})(?![\\d-]))\\b`,
    'gi',
  );
  for (const { m, start, end } of matches(text, range)) {
    const a = Number(m[1] ?? m[3]);
    const raw = m[2] ?? m[4] ?? '';
    const b = raw.length === 2 ? Math.floor(a / 100) * 100 + Number(raw) : Number(raw);
    if (b <= a || b - a > 100) continue;
    out.push(
      candidate({
        start,
        end,
        date: `${edtfYear(a)}/${edtfYear(b)}`,
        anchor: { year: a },
        label: `${a} – ${b}`,
        rule: 'year-range',
      }),
    );
  }
  const single = new RegExp(
    `(?<![\\d$£€.,:/#-])${YEAR}(?![\\d%]|,\\d|\\.\\d|s\\b|['’]s\\b|-\\d|\\s?(?:BCE?|B\\.C\\.|AD|A\\.D\\.|CE)\\b)`,
    'g',
  );
  for (const { m, start, end } of matches(text, single)) {
    const year = Number(m[1]);
    const cued =
      YEAR_CUE.test(text.slice(Math.max(0, start - 12), start)) ||
      /^[,;.)]/.test(text.slice(end, end + 1));
    const future = year > ref.day.year;
    const note = future
      ? 'after the publication day: a plan or a forecast, not yet an event'
      : cued
        ? undefined
        : 'a four-digit number that may not be a year';
    out.push(
      candidate({
        start,
        end,
        date: edtfYear(year),
        anchor: { year },
        label: yearLabel(year),
        sure: cued && !future,
        ...(note && { note }),
        rule: 'bare-year',
      }),
    );
  }
  return out;
}
