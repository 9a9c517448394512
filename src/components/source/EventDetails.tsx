/**
 * The selected event's card: title, date as displayed, the article's own wording, where the date
 * comes from, summary, notes, and the quoted passages.
 */
import { Fragment, useMemo } from 'react';
import { flushSync } from 'react-dom';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { dateSourceText } from '../../model/dates/dateSourceText.ts';
import { textFragmentUrl } from '../../model/quotes/textFragment.ts';
import { prefersReducedMotion } from '../ui/prefersReducedMotion.ts';
import { Bdi } from '../ui/Bdi.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import type { Translator } from '../i18n/translator.tsx';
import type { DateSource } from '../../model/schema.ts';

export function EventDetails() {
  // Select the id and look the event up only when it changes: a selector that searched the events
  // would run on every store update, i.e. every zoom frame.
  const events = useSourceline((s) => s.timeline.events);
  const selectedId = useSourceline((s) => s.selectedId);
  const event = useMemo(
    () => events.find((e) => e.id === selectedId) ?? null,
    [events, selectedId],
  );
  const sources = useSourceline((s) => s.timeline.sources);
  // The dataset's own words (title, summary, notes) are in its language, when it says.
  const language = useSourceline((s) => s.timeline.language);
  const hasSource = sources.length > 0;
  const { showSource } = useActions();
  const { t, date } = useTranslator();
  // An embed shows no article, so there is no passage to jump to.
  const embed = useSourceline((s) => s.embed);
  const linksToPassages = hasSource && !embed;
  if (!event) {
    return (
      <section className="event-details event-details--empty" aria-labelledby="details-heading">
        <h2 id="details-heading">{t('No event selected')}</h2>
        <p>
          {t(
            'Choose an event on the timeline, or a highlighted passage in the source, to see it here.',
          )}
        </p>
      </section>
    );
  }
  const provenance = dateSourceText(event.dateSource);
  return (
    <section className="event-details" aria-labelledby="details-heading">
      <h2 id="details-heading" lang={language}>
        {event.title}
      </h2>
      <p className="event-details__date">
        <strong>
          <Bdi>{date(event)}</Bdi>
        </strong>{' '}
        <span className="event-details__provenance">
          ({provenanceIn(event.dateSource.kind, t)})
        </span>
      </p>
      <dl className="event-details__facts">
        {hasSource && (
          <>
            <dt>{t('The article says')}</dt>
            <dd>{event.dateInArticle ? <Bdi>“{event.dateInArticle}”</Bdi> : t('no date')}</dd>
          </>
        )}
        {provenance.detail && (
          <>
            <dt>{t('Date from')}</dt>
            <dd>
              <Bdi>{provenance.detail}</Bdi>
            </dd>
          </>
        )}
        <dt>{t('Actors')}</dt>
        <dd>
          {event.actors.map((actor, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              <Bdi>{actor}</Bdi>
            </Fragment>
          ))}
        </dd>
      </dl>
      <p lang={language}>{event.summary}</p>
      {event.notes && (
        <aside className="event-details__notes" aria-label={t('Notes')}>
          <h3>{t('Notes')}</h3>
          <p lang={language}>{event.notes}</p>
        </aside>
      )}
      {event.citations.map((c) => {
        // Each passage names the source it comes from (of several, they differ).
        const source = sources.find((s) => s.id === c.source);
        const publisher = source ? (source.publisher ?? source.title) : null;
        return (
          <figure key={`${c.source}:${c.start}`} className="event-details__quote">
            <blockquote lang={source?.language}>{c.exact}</blockquote>
            <figcaption>
              {publisher && (
                <>
                  — <Bdi>{publisher}</Bdi>
                </>
              )}
              {linksToPassages && (
                <>
                  {publisher && '. '}
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      // The article must show this passage's source before it can be found.
                      flushSync(() => showSource(c.source));
                      showPassage(event.id, c.start, c.end);
                    }}
                  >
                    {t('Show in the article')}
                  </button>
                </>
              )}
              {source?.url && (
                <>
                  {(publisher || linksToPassages) && ' · '}
                  <a
                    href={textFragmentUrl(source.url, c, source.text)}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {t('Open on the publisher’s page')}
                  </a>
                </>
              )}
            </figcaption>
          </figure>
        );
      })}
      {!hasSource && (
        <p className="event-details__nosource">{t('This timeline has no source text to cite.')}</p>
      )}
      {event.media && (
        <p>
          <a href={event.media.url} target="_blank" rel="noopener noreferrer">
            <Bdi>{event.media.caption ?? t('Media')}</Bdi>
          </a>
          {event.media.credit && (
            <>
              {' '}
              (<Bdi>{event.media.credit}</Bdi>)
            </>
          )}
        </p>
      )}
    </section>
  );
}

/** Scrolls the page to the cited passage and focuses it, so a reader can check it in context. */
function showPassage(eventId: string, start: number, end: number): void {
  const marks = document.querySelectorAll<HTMLElement>(
    `article mark[data-event-ids~="${CSS.escape(eventId)}"]`,
  );
  const mark = [...marks].find((m) => {
    const offset = Number(m.dataset.offset);
    return offset >= start && offset < end;
  });
  if (!mark) return;
  mark.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  mark.focus({ preventScroll: true });
}

/**
 * dateSourceText's short wording, as messages: the English is the same words, and
 * tests/component/i18n.test.tsx holds the two equal.
 */
export function provenanceIn(kind: DateSource['kind'], t: Translator['t']): string {
  return kind === 'article'
    ? t('stated in the article')
    : kind === 'inferred'
      ? t('inferred from the article')
      : t('from the public record');
}
