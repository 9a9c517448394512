/**
 * The timeline before its width is known: every event in time order with its date and lane, as
 * plain text. It is what the prerendered page shows until the app has run, or for good with no
 * script (see src/prerender.tsx), and the first render that hydrates it; the drawn timeline then
 * replaces it inside the same box (on a page the app draws itself, before the first paint).
 * Past MAX_STATIC events it is left out (only built-in timelines are prerendered). Each item
 * names its event (`data-event`, not the drawn event's public `data-event-id`), so a click on it
 * before the app has run selects that event once it has (app/earlyClicks.ts).
 */
import type { TimelineEvent } from '../../model/timeline.ts';

const MAX_STATIC = 500;

/** Props: the events, in time order. */
export interface StaticTimelineProps {
  events: readonly TimelineEvent[];
}

export function StaticTimeline({ events }: StaticTimelineProps) {
  if (events.length > MAX_STATIC) return null;
  return (
    <ol className="timeline__static">
      {events.map((event) => (
        <li key={event.id} data-event={event.id}>
          <span className="timeline__static-title">
            <bdi>{event.title}</bdi>
          </span>{' '}
          <span className="timeline__static-meta">
            <bdi>{event.dateLabel}</bdi> · <bdi>{event.lane}</bdi>
          </span>
        </li>
      ))}
    </ol>
  );
}
