/**
 * One event's slide: the date large with where it comes from in small type, the title as the
 * slide's heading, the summary, and the cited passages as block quotes (docs/interfaces.md).
 */
import type { AttributedQuote } from '../../layout/present/slides.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import { QuoteFigure } from '../source/QuoteFigure.tsx';
import { Bdi } from '../ui/Bdi.tsx';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import { useSourceline } from '../../store/StoreContext.tsx';
import { provenanceIn } from '../source/EventDetails.tsx';

/** Props: the event, its quotes with their sources and bylines, and whether to set it smaller. */
export interface SlideProps {
  event: TimelineEvent;
  quotes: AttributedQuote[];
  dense: boolean;
}

export function Slide({ event, quotes, dense }: SlideProps) {
  const { t, date } = useTranslator();
  const language = useSourceline((s) => s.timeline.language);
  return (
    <section
      className="slide"
      aria-roledescription="slide"
      aria-labelledby="slide-heading"
      data-dense={dense || undefined}
    >
      <p className="slide__date">
        <Bdi className="slide__date-label">{date(event)}</Bdi>{' '}
        <span className="slide__provenance">
          {provenanceIn(event.dateSource.kind, t)}
          {event.dateInArticle && (
            <>
              {' · '}
              {withElements(t('the article says “{words}”', slots('words')), {
                words: <Bdi>{event.dateInArticle}</Bdi>,
              })}
            </>
          )}
        </span>
      </p>
      <h1 id="slide-heading" className="slide__title" lang={language}>
        {event.title}
      </h1>
      <p className="slide__summary" lang={language}>
        {event.summary}
      </p>
      {quotes.map((quote) => (
        <QuoteFigure
          key={`${quote.source.id}:${quote.citation.start}`}
          quote={quote}
          className="slide__quote"
        />
      ))}
    </section>
  );
}
