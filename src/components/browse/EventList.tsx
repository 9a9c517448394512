/**
 * The plain alternative: every event as an ordered list in time order, one step away from the
 * drawing, for screen readers, keyboard users and print.
 */
import { useState } from 'react';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

const PAGE = 200;

export function EventList() {
  const events = useSourceline((s) => s.timeline.events);
  const selectedId = useSourceline((s) => s.selectedId);
  const { select } = useActions();
  const { t, date } = useTranslator();
  const [shown, setShown] = useState(PAGE);
  // Rows are made only once the list is opened: a closed <details> would still hold them all.
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('All {count} events as a list', { count: events.length })}</summary>
      {open && (
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
                  <span className="event-list__date">{date(event)}</span> {event.title}
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
      )}
    </details>
  );
}
