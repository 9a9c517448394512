/**
 * The printed handout: the title, the source, the whole timeline fitted to the page, then every event with its date, title, summary and
 * quotes, and nothing of the interface. Hidden on screen; print.css shows it, and hides the app
 * around it, in print, in every mode. It is built when printing is first requested.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ComponentType } from 'react';
import { attributedQuotes } from '../../layout/present/slides.ts';
import { sourceSegments } from '../../layout/sourceSegments.ts';
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline } from '../../model/timeline.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { dateSourceText } from '../../model/dates/dateSourceText.ts';
import { loadHandoutPicture } from './loadHandoutPicture.ts';
import { QuoteFigure } from '../source/QuoteFigure.tsx';
import { sourceFullLabel } from '../../model/quotes/sourceCitation.ts';
import { usePrintRequested } from './usePrintRequested.ts';
import '../../styles/print.css';
import { Bdi } from '../ui/Bdi.tsx';

/** After the first draw, so the picture's code never competes with it. */
const PRELOAD_AFTER_MS = 1500;

export function Handout() {
  const timeline = useSourceline((s) => s.timeline);
  const requested = usePrintRequested();
  // The picture's drawing code is not in the first download: it loads once the page is idle, or
  // when "Print handout" is pressed, before the print dialog opens. Held in state rather than
  // React.lazy, which would suspend the synchronous render the browser prints from.
  const [Picture, setPicture] = useState<ComponentType | null>(null);
  useEffect(() => {
    let live = true;
    const id = setTimeout(() => {
      void loadHandoutPicture().then((module) => {
        if (live) setPicture(() => module.default);
      });
    }, PRELOAD_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(id);
    };
  }, []);
  if (!requested) return null;
  return <HandoutBody timeline={timeline} Picture={Picture} />;
}

function HandoutBody({ timeline, Picture }: { timeline: Timeline; Picture: ComponentType | null }) {
  const paragraphs = useMemo(() => sourceSegments(timeline), [timeline]);
  const { events, source } = timeline;
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
          {source ? (
            <>
              Source: {sourceFullLabel(source)}
              {source.url ? ` (${source.url})` : ''}. Quotations are word for word from it.
            </>
          ) : (
            'This timeline has no source text, so its events quote nothing.'
          )}
        </p>
      </header>
      {Picture && <Picture />}
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
              {source &&
                attributedQuotes(event, paragraphs).map((quote) => (
                  <QuoteFigure
                    key={quote.citation.start}
                    quote={quote}
                    source={source}
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
