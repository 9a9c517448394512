/**
 * The handout's contents: the title, the source, the whole timeline fitted to the page (the
 * picture), then every event with its date, provenance, title, summary and quotes. Loaded on
 * idle by Handout.tsx, out of the first download.
 */
import { useMemo } from 'react';
import { attributedQuotes } from '../../layout/present/slides.ts';
import { segmentsBySource } from '../../layout/sourceSegments.ts';
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline } from '../../model/timeline.ts';
import { dateSourceText } from '../../model/dates/dateSourceText.ts';
import { QuoteFigure } from '../source/QuoteFigure.tsx';
import { sourceFullLabel } from '../../model/quotes/sourceCitation.ts';
import type { SourceDocument } from '../../model/timeline.ts';
import { Bdi } from '../ui/Bdi.tsx';
import HandoutPicture from './HandoutPicture.tsx';

/** Props: the timeline to print. */
export interface HandoutBodyProps {
  timeline: Timeline;
}

export default function HandoutBody({ timeline }: HandoutBodyProps) {
  const paragraphs = useMemo(() => segmentsBySource(timeline), [timeline]);
  const { events, sources } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  return (
    <div className="handout" hidden>
      <header className="handout__header">
        <h1>{timeline.title}</h1>
        {timeline.description && <p>{timeline.description}</p>}
        <p className="handout__meta">
          {events.length} {events.length === 1 ? 'event' : 'events'}
          {first && last
            ? `, ${formatInstant(first.date.start, 'year')} to ${formatInstant(last.date.end - 1, 'year')}`
            : ''}
          .{' '}
          {sources.length === 1 && sources[0] ? (
            <>
              Source: {sourceWithUrl(sources[0])}. Quotations are word for word from it.
            </>
          ) : sources.length > 1 ? (
            <>
              Sources: {sources.map(sourceWithUrl).join('; ')}. Quotations are word for word from
              them.
            </>
          ) : (
            'This timeline has no source text, so its events quote nothing.'
          )}
        </p>
      </header>
      <HandoutPicture />
      <ol className="handout__events">
        {events.map((event) => {
          const provenance = dateSourceText(event.dateSource);
          return (
            <li key={event.id} className="handout__event">
              <p className="handout__date">
                <strong>
                  <Bdi>{event.dateLabel}</Bdi>
                </strong>{' '}
                <span className="handout__provenance">
                  ({provenance.short}
                  {provenance.detail ? `: ${provenance.detail}` : ''})
                </span>
              </p>
              <h2>{event.title}</h2>
              <p>{event.summary}</p>
              {attributedQuotes(event, sources, paragraphs).map((quote) => (
                <QuoteFigure
                  key={`${quote.source.id}:${quote.citation.start}`}
                  quote={quote}
                  className="handout__quote"
                />
              ))}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** A source's full citation with its address, if it has one. */
function sourceWithUrl(source: SourceDocument): string {
  return `${sourceFullLabel(source)}${source.url ? ` (${source.url})` : ''}`;
}
