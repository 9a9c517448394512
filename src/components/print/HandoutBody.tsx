/**
 * The handout's contents: the title, the source, the whole timeline fitted to the page (the
 * picture), then every event with its date, provenance, title, summary and quotes. Loaded on
 * idle by Handout.tsx, out of the first download.
 */
import { Fragment, useMemo } from 'react';
import type { CSSProperties } from 'react';
import { attributedQuotes } from '../../layout/present/slides.ts';
import { segmentsBySource } from '../../layout/sourceSegments.ts';
import type { Timeline } from '../../model/timeline.ts';
import { dateSourceText } from '../../model/dates/dateSourceText.ts';
import { useTranslator } from '../i18n/translator.tsx';
import { eventsAndYears } from '../present/TitleSlide.tsx';
import { provenanceIn } from '../source/EventDetails.tsx';
import { QuoteFigure } from '../source/QuoteFigure.tsx';
import { SourceCitation } from '../source/SourceCitation.tsx';
import type { SourceDocument } from '../../model/timeline.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { slots, withElements } from '../i18n/messageParts.tsx';
import HandoutPicture from './HandoutPicture.tsx';

/** Props: the timeline to print. */
export interface HandoutBodyProps {
  timeline: Timeline;
}

export default function HandoutBody({ timeline }: HandoutBodyProps) {
  const paragraphs = useMemo(() => segmentsBySource(timeline), [timeline]);
  const translator = useTranslator();
  const { t, date } = translator;
  const { events, sources, language } = timeline;
  const numbered = (n: number) => t('{number}.', { number: n });
  return (
    <div className="handout" hidden>
      <header className="handout__header">
        <h1 lang={language}>{timeline.title}</h1>
        {timeline.description && <p lang={language}>{timeline.description}</p>}
        <p className="handout__meta">
          {eventsAndYears(timeline, translator)}.{' '}
          {sources.length === 1 && sources[0]
            ? withElements(
                t('Source: {source}. Quotations are word for word from it.', slots('source')),
                { source: <SourceWithUrl source={sources[0]} /> },
              )
            : sources.length > 1
              ? withElements(
                  t(
                    'Sources: {sources}. Quotations are word for word from them.',
                    slots('sources'),
                  ),
                  {
                    sources: sources.map((s, i) => (
                      <Fragment key={s.id}>
                        {i > 0 && '; '}
                        <SourceWithUrl source={s} />
                      </Fragment>
                    )),
                  },
                )
              : t('This timeline has no source text, so its events quote nothing.')}
        </p>
      </header>
      <HandoutPicture />
      {/* Numbered by hand, in a column as wide as the longest number (print.css): a list's own
          markers hang outside its box, and the page's margin cut off the first digit of "11.". */}
      <ol className="handout__events" style={numberColumn(numbered(events.length))}>
        {events.map((event, index) => {
          const provenance = dateSourceText(event.dateSource);
          return (
            <li key={event.id} className="handout__event">
              <span className="handout__number">{numbered(index + 1)}</span>
              <div className="handout__body">
                <p className="handout__date">
                  <strong>
                    <Bdi>{date(event)}</Bdi>
                  </strong>{' '}
                  <span className="handout__provenance">
                    ({provenanceIn(event.dateSource.kind, t)}
                    {provenance.detail ? `: ${provenance.detail}` : ''})
                  </span>
                </p>
                <h2 lang={language}>{event.title}</h2>
                <p lang={language}>{event.summary}</p>
                {attributedQuotes(event, sources, paragraphs).map((quote) => (
                  <QuoteFigure
                    key={`${quote.source.id}:${quote.citation.start}`}
                    quote={quote}
                    className="handout__quote"
                    linksToPage
                  />
                ))}
              </div>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

/** The number column's width: the last (longest) number's characters (`--handout-number`). */
function numberColumn(last: string): CSSProperties {
  return { '--handout-number': last.length } as CSSProperties;
}

/** A source's full citation with its address, if it has one: on paper, nothing to click. */
function SourceWithUrl({ source }: { source: SourceDocument }) {
  return (
    <>
      <SourceCitation source={source} form="full" />
      {source.url && (
        <>
          {' ('}
          <Bdi>{source.url}</Bdi>)
        </>
      )}
    </>
  );
}
