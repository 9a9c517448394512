/**
 * "Your drafts": every draft kept in this browser, with its title and when it last changed;
 * open one, start a new one, delete one (and restore it, until the next deletion).
 */
import { useMemo } from 'react';
import { ENGLISH, useTranslator } from '../../components/i18n/translator.tsx';
import type { Translator } from '../../components/i18n/translator.tsx';
import { slots, withElements } from '../../components/i18n/messageParts.tsx';
import type { DraftsApi } from './useDrafts.ts';

/** A draft's name in the list. */
export function draftTitle(title: string, t: Translator['t'] = ENGLISH.t): string {
  return title.trim() || t('Untitled draft');
}

export function DraftList({ drafts }: { drafts: DraftsApi }) {
  const { list, open, deleted } = drafts;
  const { t, locale } = useTranslator();
  // Dates and times in the studio's language.
  const format = useMemo(
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    [locale],
  );
  return (
    <section className="studio__drafts" aria-labelledby="studio-drafts-heading">
      <div className="studio__row">
        <h2 id="studio-drafts-heading">{t('Your drafts')}</h2>
        <button type="button" className="button" onClick={drafts.createDraft}>
          {t('New draft')}
        </button>
      </div>
      <ul className="studio__draft-list" aria-label={t('Drafts')}>
        {list.map((record) => {
          const title = draftTitle(record.draft.source.title, t);
          const changed = (
            <time dateTime={record.changed}>{format.format(new Date(record.changed))}</time>
          );
          const isOpen = record.id === open?.id;
          return (
            <li key={record.id} className="studio__draft" aria-current={isOpen || undefined}>
              {isOpen ? (
                <strong className="studio__draft-title">
                  {withElements(t('{title} (open)', slots('title')), { title: <bdi>{title}</bdi> })}
                </strong>
              ) : (
                <button
                  type="button"
                  className="link-button studio__draft-title"
                  onClick={() => drafts.openDraft(record.id)}
                  aria-label={t('Open “{title}”', { title })}
                >
                  {title}
                </button>
              )}
              <span className="studio__hint">
                {withElements(t('changed {date}', slots('date')), { date: changed })}
              </span>
              <button
                type="button"
                className="link-button"
                onClick={() => drafts.removeDraft(record.id)}
                aria-label={t('Delete “{title}”', { title })}
              >
                {t('Delete')}
              </button>
            </li>
          );
        })}
      </ul>
      <div role="status" className="studio__message">
        {deleted && (
          <>
            {t('Deleted “{title}”.', { title: draftTitle(deleted.draft.source.title, t) })}{' '}
            <button type="button" className="link-button" onClick={drafts.restoreDraft}>
              {t('Restore it')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
