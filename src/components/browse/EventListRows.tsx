/**
 * The list's rows (see EventList.tsx), loaded the first time the list is opened: every event in
 * time order as a button that selects it, two hundred at a time.
 */
import { useState } from 'react';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

const PAGE = 200;

export default function EventListRows() {
  const events = useSourceline((s) => s.timeline.events);
  const selectedId = useSourceline((s) => s.selectedId);
  const language = useSourceline((s) => s.timeline.language);
  const { select } = useActions();
  const { t, date } = useTranslator();
  const [shown, setShown] = useState(PAGE);
  return (
    <>
      <ol>
        {events.slice(0, shown).map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="link-button"
              aria-pressed={event.id === selectedId}
              onClick={() => select(event.id)}
            >
              <span className="event-list__date">{date(event)}</span>{' '}
              <span lang={language}>{event.title}</span>
            </button>
          </li>
        ))}
      </ol>
      {shown < events.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('Show {count} more', { count: Math.min(PAGE, events.length - shown) })}
        </button>
      )}
    </>
  );
}
