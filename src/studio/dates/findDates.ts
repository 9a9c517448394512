/**
 * The studio's date finder: proposes dated events from an article's date expressions, each cited
 * by its sentence as a TextQuoteSelector with the shortest prefix and suffix that make it unique,
 * and each with its reasoning ("'last year', in an article of 17 March 2023 → 2022").
 *
 * Folder: calendar.ts (day arithmetic, EDTF), candidate.ts (what rules return), chronoDates.ts
 * (chrono-node, corrected), yearRules.ts and relativeRules.ts (our rules for what chrono declines,
 * with ruleParts.ts), sentences.ts (what a proposal cites), normalOffsets.ts, and
 * findDates.worker.ts with findDatesOffThread.ts (the worker and its client, so typing never
 * stalls). This file is pure: no DOM, no clock.
 */
import { describeQuote, normalise } from '../../model/quotes/anchor.ts';
import { t } from '../../store/notice.ts';
import type { QuoteSelector } from '../../model/quotes/anchor.ts';
import type { DateSource } from '../../model/schema.ts';
import {
  addDays,
  dayLabel,
  edtfDay,
  edtfMonth,
  edtfYear,
  monthLabel,
  parseDay,
  yearLabel,
} from './calendar.ts';
import type { Candidate, Reference, Step } from './candidate.ts';
import { chronoDates } from './chronoDates.ts';
import { partsOfMonths, partsOfYears, seasons, steps, yearsAgo } from './relativeRules.ts';
import { bareYears, decades, eraYears } from './yearRules.ts';
import { normalOffsets } from './normalOffsets.ts';
import { sentenceAround } from './sentences.ts';

/** One proposed event: a date, the words it rests on, the sentence it cites, and why. */
export interface Proposal {
  /** Stable within one text: the sentence's offset and the date. */
  id: string;
  /** EDTF, at the precision the words support. */
  date: string;
  /** The date expression as written ("last year"). */
  expression: string;
  /** Offsets of the expression in the original text. */
  start: number;
  end: number;
  /** The sentence it cites, as a unique selector in the white-space-normalised text. */
  quote: QuoteSelector;
  /** "'last year', in an article of 17 March 2023 → 2022". */
  reasoning: string;
  dateSource: DateSource;
  /** False when a rule may be wrong; `reasoning` says why. */
  sure: boolean;
  /** Which rule found it. */
  rule: string;
}

/**
 * What the finder returns: the proposals, or why it could not look: an English message (the
 * catalogs' key, with `{name}` placeholders) and its numbers, said in the studio's language by
 * ProposalList. The proposals themselves (reasoning included) are English: the finder reads English.
 */
export type FindResult =
  | { ok: true; proposals: Proposal[] }
  | { ok: false; message: string; values?: Readonly<Record<string, number>> };

/**
 * Longest text the finder reads (characters; about 150,000 words, far beyond any article). Past
 * it, a text that repeats its passages would take minutes to cite uniquely: it is refused.
 */
export const MAX_TEXT = 1_000_000;

/** Finds the datable moments of `text`, published on `published` (YYYY-MM-DD). */
export function findDates(text: string, published: string): FindResult {
  const day = parseDay(published);
  if (!day)
    return {
      ok: false,
      message: t(
        'Give the publication day as YYYY-MM-DD (e.g. 2023-03-17) first: relative dates hang on it.',
      ),
    };
  if (text.length > MAX_TEXT)
    return {
      ok: false,
      message: t(
        'The text is too long to find dates in ({length} characters; the limit is {limit}). Split it, or cite passages by selecting them.',
      ),
      values: { length: text.length, limit: MAX_TEXT },
    };
  const ref: Reference = { day, label: dayLabel(day) };
  const candidates = doubtYearless(
    resolveSteps(
      nonOverlapping([
        ...chronoDates(text, ref),
        ...eraYears(text),
        ...decades(text),
        ...seasons(text, ref),
        ...partsOfYears(text, ref),
        ...partsOfMonths(text, ref),
        ...yearsAgo(text, ref),
        ...steps(text),
        ...bareYears(text, ref),
      ]),
    ),
  );
  return { ok: true, proposals: cite(text, candidates, ref) };
}

/** Where readings overlap, the longer wins; on a tie, our rule beats chrono's. */
function nonOverlapping(all: Candidate[]): Candidate[] {
  const ranked = [...all].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** Steps ("three years later") counted from the dated candidate before them in the text. */
function resolveSteps(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.step) {
      out.push(c);
      continue;
    }
    const previous = [...out].reverse().find((p) => p.anchor !== null);
    const resolved = previous?.anchor ? stepFrom(previous.anchor, c.step) : null;
    if (!resolved || !previous) continue;
    out.push({
      ...c,
      ...resolved,
      sure: false,
      note: `counted from ${previous.label}, the date before it in the text`,
    });
  }
  return out;
}

/**
 * A day or month written without its year ("on July 20") is put in the year of the publication
 * day, which is right in current news and wrong in a story told in another year ("Four days
 * later, on July 20", after "July 16, 1969"). When the date before it in the text is in another
 * year, the proposal is marked unsure and names that year's reading too (the walkthrough in
 * docs/studio.md found it).
 */
function doubtYearless(candidates: Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    if (!c.yearless || !c.anchor) return c;
    const previous = candidates
      .slice(0, i)
      .reverse()
      // A date of one year, month or day: a decade's or an interval's first year is no guide.
      .find((p) => p.anchor !== null && !p.yearless && /^-?\d{4}(-\d\d){0,2}$/.test(p.date ?? ''));
    const year = previous?.anchor?.year;
    if (year === undefined || year === c.anchor.year) return c;
    const { month, day } = c.anchor;
    const other =
      month === undefined
        ? null
        : day === undefined
          ? monthLabel(year, month)
          : dayLabel({ year, month, day });
    if (!other || !previous) return c;
    return {
      ...c,
      sure: false,
      note: `${c.note ?? ''}; or ${other}, in the year of ${previous.label}, the date before it in the text`,
    };
  });
}

function stepFrom(anchor: NonNullable<Candidate['anchor']>, step: Step) {
  const approx = step.approximate ? '~' : '';
  const c = step.approximate ? 'c. ' : '';
  if (step.unit === 'year') {
    const year = anchor.year + step.amount;
    return { date: edtfYear(year) + approx, anchor: { year }, label: c + yearLabel(year) };
  }
  if (step.unit === 'month') {
    if (anchor.month === undefined) return null;
    const index = anchor.year * 12 + anchor.month - 1 + step.amount;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    return {
      date: edtfMonth(year, month) + approx,
      anchor: { year, month },
      label: c + monthLabel(year, month),
    };
  }
  if (anchor.month === undefined || anchor.day === undefined) return null;
  const day = addDays({ year: anchor.year, month: anchor.month, day: anchor.day }, step.amount);
  return { date: edtfDay(day) + approx, anchor: day, label: c + dayLabel(day) };
}

/** Each candidate cited by its sentence; one proposal per sentence and date. */
function cite(text: string, candidates: Candidate[], ref: Reference): Proposal[] {
  const normal = normalise(text);
  const toNormal = normalOffsets(normal, text.length);
  const proposals: Proposal[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    if (c.date === null) continue;
    const [from, to] = sentenceAround(text, c.start, c.end);
    const id = `p${from}-${c.date}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const future = isAfter(c.anchor, ref);
    const expression = text.slice(c.start, c.end).replace(/\s+/g, ' ');
    proposals.push({
      id,
      date: c.date,
      expression,
      start: c.start,
      end: c.end,
      quote: describeQuote(normal, toNormal(from), toNormal(to - 1) + 1),
      reasoning: reasoning(expression, c, ref, future),
      dateSource:
        c.kind === 'article'
          ? { kind: 'article' }
          : {
              kind: 'inferred',
              basis: `"${expression}", in an article of ${ref.label}: ${c.label}`.slice(0, 300),
            },
      sure: c.sure && !future,
      rule: c.rule,
    });
  }
  return proposals;
}

function reasoning(expression: string, c: Candidate, ref: Reference, future: boolean): string {
  const notes = [
    c.kind === 'article' ? 'as the article states it' : undefined,
    c.note,
    future && !c.note?.includes('publication day')
      ? 'after the publication day: a plan or a forecast, not yet an event'
      : undefined,
  ].filter(Boolean);
  const context = c.kind === 'inferred' ? `, in an article of ${ref.label}` : '';
  const tail = notes.length > 0 ? ` (${notes.join('; ')})` : '';
  return `‘${expression}’${context} → ${c.label}${c.sure && !future ? '' : ', unsure'}${tail}`;
}

function isAfter(anchor: Candidate['anchor'], ref: Reference): boolean {
  if (!anchor) return false;
  const { year, month, day } = ref.day;
  if (anchor.year !== year) return anchor.year > year;
  if (anchor.month === undefined || anchor.month !== month) return (anchor.month ?? 0) > month;
  return (anchor.day ?? 0) > day;
}
