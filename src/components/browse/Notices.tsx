/** Polite, visible messages (e.g. a link's parameter that was ignored), and the live region. */
import { useMemo } from 'react';
import { noticeText } from '../../store/notice.ts';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function Notices() {
  const notices = useSourceline((s) => s.notices);
  const { dismissNotice } = useActions();
  const { t } = useTranslator();
  return (
    <div role="status" className="notices">
      {notices.map((notice) => (
        <p key={noticeText(notice)} className="notice">
          {t(notice.message, notice.values)}{' '}
          <button
            type="button"
            onClick={() => dismissNotice(notice)}
            aria-label={t('Dismiss message')}
          >
            ×
          </button>
        </p>
      ))}
    </div>
  );
}

/**
 * Announces what just changed (the selection) to screen readers, without moving focus: the
 * store says that something was announced (in English), and this says it in the reader's language.
 */
export function LiveRegion() {
  const announcement = useSourceline((s) => s.announcement);
  // Looked up only when the selection changes, never on a zoom frame.
  const events = useSourceline((s) => s.timeline.events);
  const selectedId = useSourceline((s) => s.selectedId);
  const event = useMemo(() => events.find((e) => e.id === selectedId), [events, selectedId]);
  const { t, date } = useTranslator();
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement &&
        (event
          ? t('Selected: {title}, {date}', { title: event.title, date: date(event) })
          : t('Selection cleared'))}
    </div>
  );
}
