/**
 * The plain alternative: every event as an ordered list in time order, one step away from the
 * drawing, for screen readers, keyboard users and print.
 */
import { useState } from 'react';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';

const PAGE = 200;

export function EventList() {
  const events = useSourceline((s) => s.timeline.events);
  const selectedId = useSourceline((s) => s.selectedId);
  const { select } = useActions();
  const [shown, setShown] = useState(PAGE);
  // Rows are made only once the list is opened: a closed <details> would still hold them all.
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>All {events.length} events as a list</summary>
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
                  <span className="event-list__date">{event.dateLabel}</span> {event.title}
                </button>
              </li>
            ))}
          </ol>
          {shown < events.length && (
            <button type="button" onClick={() => setShown(shown + PAGE)}>
              Show {Math.min(PAGE, events.length - shown)} more
            </button>
          )}
        </>
      )}
    </details>
  );
}
