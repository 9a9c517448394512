/**
 * The printed handout: the title, the source, the whole timeline fitted to the page, then every event with its date, title, summary and
 * quotes, and nothing of the interface. Hidden on screen; print.css shows it, and hides the app
 * around it, in print, in every mode. It is built when printing is first requested.
 */
import { useMemo } from 'react';
import { attributedQuotes } from '../../layout/present/slides.ts';
import { sourceSegments } from '../../layout/sourceSegments.ts';
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline } from '../../model/timeline.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { dateSourceText } from '../../model/dates/dateSourceText.ts';
import { exportScene } from '../../layout/export/exportScene.ts';
import { ScenePicture } from './ScenePicture.tsx';
import { QuoteFigure } from '../source/QuoteFigure.tsx';
import { sourceFullLabel } from '../../model/quotes/sourceCitation.ts';
import { usePrintRequested } from './usePrintRequested.ts';
import '../../styles/print.css';

export function Handout() {
  const timeline = useSourceline((s) => s.timeline);
  const requested = usePrintRequested();
  if (!requested) return null;
  return <HandoutBody timeline={timeline} />;
}

/** About an A4 or Letter page's printable width in CSS pixels, so labels print near full size. */
const HANDOUT_PICTURE_WIDTH = 720;

function HandoutBody({ timeline }: { timeline: Timeline }) {
  const fit = useSourceline((s) => s.fit);
  const warp = useSourceline((s) => s.warp);
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
      <figure className="handout__picture">
        <ScenePicture
          scene={exportScene(timeline, fit, HANDOUT_PICTURE_WIDTH, warp)}
          label={`The whole timeline: ${events.length} events`}
        />
      </figure>
      <ol className="handout__events">
        {events.map((event) => {
          const provenance = dateSourceText(event.dateSource);
          return (
            <li key={event.id} className="handout__event">
              <p className="handout__date">
                <strong>{event.dateLabel}</strong>{' '}
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
