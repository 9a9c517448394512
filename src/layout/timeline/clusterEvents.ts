/** The events of a cluster at one instant (ClusterItem.atOneInstant), for listing them. */
import type { Timeline, TimelineEvent } from '../../model/timeline.ts';
import type { ClusterItem } from './layoutTimeline.ts';
import type { LaneIndex } from './timeIndex.ts';

/** The cluster's events in index order (time order), or none when zooming can part them. */
export function eventsAtOneInstant(
  timeline: Timeline,
  index: readonly LaneIndex[],
  item: ClusterItem,
  limit = Infinity,
): TimelineEvent[] {
  const positions = item.atOneInstant;
  const lane = index[item.lane];
  if (!positions || !lane) return [];
  const [from, to] = positions;
  return [...lane.eventIndex.subarray(from, Math.min(to, from + limit))].flatMap((i) => {
    const event = timeline.events[i];
    return event ? [event] : [];
  });
}
