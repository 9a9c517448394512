/**
 * The events of a cluster that no zoom can part, because they all begin at the same instant
 * (twenty acts dated only "1850", say): a modal list to choose one from. Choosing selects the
 * event, whose details then show as for any other.
 */
import { useId, useRef } from 'react';
import type { TimelineEvent } from '../../model/timeline.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { useModalDialog } from '../ui/useModalDialog.ts';
import '../../styles/dialog.css';
import { Bdi } from '../ui/Bdi.tsx';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';

/** Past this many the list stops; the list view below the timeline has every event. */
export const MAX_LISTED = 100;

/** Props: the cluster's events, in time order; what choosing one does; called once closed. */
export interface ClusterEventsDialogProps {
  events: readonly TimelineEvent[];
  lane: string;
  onChoose: (id: string) => void;
  onClose: () => void;
}

export function ClusterEventsDialog({ events, lane, onChoose, onClose }: ClusterEventsDialogProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  useModalDialog(dialog);
  const { t, date } = useTranslator();
  const language = useSourceline((s) => s.timeline.language);
  const shown = events.slice(0, MAX_LISTED);
  const close = () => dialog.current?.close();

  return (
    <dialog
      ref={dialog}
      className="modal-dialog cluster-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-why`}
      onClose={onClose}
    >
      <h2 id={`${id}-title`}>
        {withElements(t('{count} events in {lane}', { count: events.length, ...slots('lane') }), {
          lane: <Bdi>{lane}</Bdi>,
        })}
      </h2>
      <p id={`${id}-why`}>
        {t(
          'They all begin at the same moment, so zooming in cannot draw them apart. Choose one to see it.',
        )}
      </p>
      <ul className="cluster-dialog__list">
        {shown.map((event) => (
          <li key={event.id}>
            <button
              type="button"
              className="cluster-dialog__event"
              onClick={() => {
                onChoose(event.id);
                close();
              }}
            >
              <span className="cluster-dialog__title" lang={language}>
                {event.title}
              </span>{' '}
              <span className="cluster-dialog__date">{date(event)}</span>
            </button>
          </li>
        ))}
      </ul>
      {events.length > shown.length ? (
        <p>
          {t('And {count} more: the list of all events, below the timeline, has every one.', {
            count: events.length - shown.length,
          })}
        </p>
      ) : null}
      <div className="modal-dialog__actions">
        <button type="button" className="button" onClick={close}>
          {t('Close')}
        </button>
      </div>
    </dialog>
  );
}
