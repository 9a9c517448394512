/**
 * The studio's draft: the article, the proposals found in it, and the events being written. Plain
 * JSON, saved in the browser as it changes (saveDraft.ts), and turned into a dataset file with
 * the source text inside it (`source.text`) for the preview, the validator and the download.
 */
import { ENGLISH } from '../components/i18n/translator.tsx';
import type { Translator } from '../components/i18n/translator.tsx';
import type { QuoteSelector } from '../model/quotes/anchor.ts';
import { datasetSchema } from '../model/schema.ts';
import type { Citation, DatasetFile, DateSource } from '../model/schema.ts';
import { slugify } from '../model/slugId.ts';
import type { Proposal } from './dates/findDates.ts';

/** The article the timeline cites. */
export interface DraftSource {
  text: string;
  title: string;
  publisher: string;
  /** YYYY-MM-DD. */
  published: string;
  url: string;
}

/** One event being written, in the dataset's own terms. */
export interface DraftEvent {
  id: string;
  title: string;
  summary: string;
  date: string;
  dateInArticle: string | null;
  dateSource: DateSource;
  /** Comma-separated as typed; the first is the lane. */
  actors: string;
  notes: string;
  key: boolean;
  citations: Citation[];
  /** The proposal it was made from, if any. */
  proposalId?: string;
}

/** Everything the studio keeps. */
export interface Draft {
  version: 1;
  source: DraftSource;
  proposals: Proposal[];
  /** Ids of proposals dismissed. */
  dismissed: string[];
  events: DraftEvent[];
}

/** A draft with nothing in it. */
export function emptyDraft(): Draft {
  return {
    version: 1,
    source: { text: '', title: '', publisher: '', published: '', url: '' },
    proposals: [],
    dismissed: [],
    events: [],
  };
}

/** The lane an event gets until its author names who acted. */
export const DEFAULT_LANE = 'Events';

/** A fresh id for `title` that no event of the draft has. */
function freshId(draft: Draft, title: string): string {
  const base = slugify(title) || 'event';
  const used = new Set(draft.events.map((e) => e.id));
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A short title from a sentence: its first words, up to about 60 characters. */
export function titleFrom(sentence: string): string {
  const words = sentence.replace(/\s+/g, ' ').trim();
  if (words.length <= 60) return words.replace(/[.,;:]$/, '');
  const cut = words.slice(0, 60);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 30)).replace(/[.,;:]$/, '')}…`;
}

/** The draft with an event made from a proposal. */
export function addProposal(draft: Draft, proposal: Proposal): Draft {
  const title = titleFrom(proposal.quote.exact);
  const event: DraftEvent = {
    id: freshId(draft, title),
    title,
    summary: proposal.quote.exact,
    date: proposal.date,
    dateInArticle: proposal.expression.slice(0, 200),
    dateSource: proposal.dateSource,
    actors: DEFAULT_LANE,
    notes: '',
    key: false,
    citations: [citation(proposal.quote)],
    proposalId: proposal.id,
  };
  return { ...draft, events: [...draft.events, event] };
}

/** The draft with a new, undated event citing `quote`. */
export function addCitedEvent(draft: Draft, quote: QuoteSelector): Draft {
  const title = titleFrom(quote.exact);
  const event: DraftEvent = {
    id: freshId(draft, title),
    title,
    summary: quote.exact,
    date: draft.source.published,
    dateInArticle: null,
    dateSource: { kind: 'inferred', basis: 'The publication day, until a date is given' },
    actors: DEFAULT_LANE,
    notes: '',
    key: false,
    citations: [citation(quote)],
  };
  return { ...draft, events: [...draft.events, event] };
}

/** A TextQuoteSelector as a dataset citation. */
export function citation(quote: QuoteSelector): Citation {
  return {
    type: 'TextQuoteSelector',
    exact: quote.exact,
    ...(quote.prefix !== undefined && { prefix: quote.prefix }),
    ...(quote.suffix !== undefined && { suffix: quote.suffix }),
  };
}

/** The draft as a dataset file, its source text inside it. */
export function draftToDataset(draft: Draft): DatasetFile {
  const { source } = draft;
  const title = source.title.trim() || 'Untitled article';
  return {
    title,
    source: {
      text: source.text,
      title,
      ...(source.publisher.trim() && { publisher: source.publisher.trim() }),
      published: source.published,
      ...(source.url.trim() && { url: source.url.trim() }),
    },
    events: draft.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      date: e.date,
      dateInArticle: e.dateInArticle,
      dateSource: e.dateSource,
      actors: actorsOf(e),
      ...(e.notes.trim() && { notes: e.notes }),
      ...(e.key && { key: true }),
      // With the only source, the citations need not name it.
      citations: e.citations.map(({ source: _source, ...citation }) => citation),
    })),
  };
}

/** The actors as typed ("Russia, Ukraine"), or the default lane when none is named. */
export function actorsOf(event: DraftEvent): string[] {
  const actors = event.actors
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
  return actors.length > 0 ? actors : [DEFAULT_LANE];
}

/** A dataset file brought into the studio, or why it cannot be. */
export type OpenedDataset =
  { ok: true; draft: Draft; sourceFile: string | null } | { ok: false; message: string };

/**
 * A dataset in our format as a draft, to add citations to it. Its source text comes along when
 * the file carries it (`source.text`); otherwise `sourceFile` names the text to open next.
 */
export function datasetToDraft(raw: unknown, t: Translator['t'] = ENGLISH.t): OpenedDataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The schema's own words stay English, as the validator's do (developer-facing).
    const where = issue?.path.join('.') || t('the file');
    return {
      ok: false,
      message: t('This is not a Sourceline dataset ({where}: {problem}).', {
        where,
        problem: issue?.message ?? 'invalid',
      }),
    };
  }
  const data = parsed.data;
  // The draft holds one source; a dataset of several is refused whole rather than half-opened.
  if (data.sources && data.sources.length > 1) {
    return {
      ok: false,
      message: t(
        'This dataset cites {count} sources, and the studio edits timelines of one source so far. Open it in the reader, or edit its JSON.',
        { count: data.sources.length },
      ),
    };
  }
  const source = data.source ?? data.sources?.[0];
  const draft: Draft = {
    ...emptyDraft(),
    source: {
      text: source?.text ?? '',
      title: source?.title ?? data.title,
      publisher: source?.publisher ?? '',
      published: source?.published ?? '',
      url: source?.url ?? '',
    },
    events: data.events.map((e) => ({
      id: e.id,
      title: e.title,
      summary: e.summary,
      date: e.date,
      dateInArticle: e.dateInArticle,
      dateSource: e.dateSource,
      actors: e.actors.join(', '),
      notes: e.notes ?? '',
      key: e.key === true,
      // With the only source, the citations need not name it.
      citations: e.citations.map(({ source: _source, ...citation }) => citation),
    })),
  };
  return { ok: true, draft, sourceFile: source?.file ?? null };
}
