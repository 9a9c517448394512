/** Polite, visible messages (e.g. a link's parameter that was ignored), and the live region. */
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function Notices() {
  const notices = useSourceline((s) => s.notices);
  const { dismissNotice } = useActions();
  const { t } = useTranslator();
  return (
    <div role="status" className="notices">
      {notices.map((notice) => (
        <p key={notice} className="notice">
          {notice}{' '}
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

/** Announces what just changed (the selection) to screen readers, without moving focus. */
export function LiveRegion() {
  const announcement = useSourceline((s) => s.announcement);
  return (
    <div className="visually-hidden" aria-live="polite" aria-atomic="true">
      {announcement}
    </div>
  );
}
