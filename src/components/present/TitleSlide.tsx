/**
 * The presentation's first slide: the timeline's title, what it covers, how many events, and the
 * source it rests on, with the keys a presenter needs.
 */
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline } from '../../model/timeline.ts';
import { sourceFullLabel } from '../../model/quotes/sourceCitation.ts';

/** Props: the timeline. */
export interface TitleSlideProps {
  timeline: Timeline;
}

export function TitleSlide({ timeline }: TitleSlideProps) {
  const { events, source } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  const from = first ? formatInstant(first.date.start, 'year') : '';
  const to = last ? formatInstant(last.date.end - 1, 'year') : '';
  const span = from === to ? ` in ${from}` : `, ${from} to ${to}`;
  return (
    <section
      className="slide slide--title"
      aria-roledescription="slide"
      aria-labelledby="slide-heading"
    >
      <p className="slide__kicker">
        {events.length} {events.length === 1 ? 'event' : 'events'}
        {first ? span : ''}
      </p>
      <h1 id="slide-heading" className="slide__title">
        {timeline.title}
      </h1>
      {timeline.description && <p className="slide__summary">{timeline.description}</p>}
      {source && (
        <p className="slide__source">
          Every quotation is word for word from {sourceFullLabel(source)}.
        </p>
      )}
      <p className="slide__hint">
        <kbd>→</kbd> or <kbd>Page Down</kbd> next · <kbd>←</kbd> or <kbd>Page Up</kbd> back ·{' '}
        <kbd>F</kbd> full screen · <kbd>Esc</kbd> leave
      </p>
    </section>
  );
}
