/**
 * The presentation's first slide: the timeline's title, what it covers, how many events, and the
 * source it rests on, with the keys a presenter needs.
 */
import type { Timeline } from '../../model/timeline.ts';
import { Fragment } from 'react';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import type { Translator } from '../i18n/translator.tsx';
import { SourceCitation } from '../source/SourceCitation.tsx';

/** Props: the timeline. */
export interface TitleSlideProps {
  timeline: Timeline;
}

export function TitleSlide({ timeline }: TitleSlideProps) {
  const translator = useTranslator();
  const { t } = translator;
  const { sources } = timeline;
  return (
    <section
      className="slide slide--title"
      aria-roledescription="slide"
      aria-labelledby="slide-heading"
    >
      <p className="slide__kicker">{eventsAndYears(timeline, translator)}</p>
      <h1 id="slide-heading" className="slide__title" lang={timeline.language}>
        {timeline.title}
      </h1>
      {timeline.description && (
        <p className="slide__summary" lang={timeline.language}>
          {timeline.description}
        </p>
      )}
      {sources.length > 0 && (
        <p className="slide__source">
          {withElements(t('Every quotation is word for word from {source}.', slots('source')), {
            source: sources.map((source, i) => (
              <Fragment key={source.id}>
                {i > 0 && '; '}
                <SourceCitation source={source} form="full" />
              </Fragment>
            )),
          })}
        </p>
      )}
      <p className="slide__hint">
        {withElements(
          t(
            '{right} or {pageDown} next · {left} or {pageUp} back · {f} full screen · {esc} leave',
            slots('right', 'pageDown', 'left', 'pageUp', 'f', 'esc'),
          ),
          {
            right: <kbd>→</kbd>,
            pageDown: <kbd>Page Down</kbd>,
            left: <kbd>←</kbd>,
            pageUp: <kbd>Page Up</kbd>,
            f: <kbd>F</kbd>,
            esc: <kbd>Esc</kbd>,
          },
        )}
      </p>
    </section>
  );
}

/**
 * "12 events, 1998 to 2023": how many, and the years from the first event's start to the last
 * one's end (one year when they are the same). Shared by the title slide and the handout.
 */
export function eventsAndYears(timeline: Timeline, { t, instant }: Translator): string {
  const { events } = timeline;
  const first = events[0];
  const last = events[events.length - 1];
  if (!first || !last) return t('No events');
  const from = instant(first.date.start, 'year');
  const to = instant(last.date.end - 1, 'year');
  const range = from === to ? from : t('{first} to {last}', { first: from, last: to });
  return events.length === 1
    ? t('One event, {range}', { range })
    : t('{count} events, {range}', { count: events.length, range });
}
