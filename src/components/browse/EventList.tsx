/**
 * The plain alternative: every event as an ordered list in time order, one step away from the
 * drawing, for screen readers, keyboard users and print. Its rows (EventListRows.tsx) are made,
 * and their code loaded, only once the list is opened: a closed <details> would still hold them.
 */
import { Suspense, lazy, useState } from 'react';
import { useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

const EventListRows = lazy(() => import('./EventListRows.tsx'));

export function EventList() {
  const count = useSourceline((s) => s.timeline.events.length);
  const { t } = useTranslator();
  const [open, setOpen] = useState(false);
  return (
    <details className="event-list" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {count === 1 ? t('The event as a list') : t('All {count} events as a list', { count })}
      </summary>
      {open && (
        <Suspense fallback={null}>
          <EventListRows />
        </Suspense>
      )}
    </details>
  );
}
