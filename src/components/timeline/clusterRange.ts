/** The dates a cluster's name and tooltip give (ClusterMark.tsx), in the page's language. */
import type { ClusterItem } from '../../layout/timeline/layoutTimeline.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { Translator } from '../i18n/translator.tsx';

/**
 * A cluster's dates: those of the first and last events it holds, never its bin's bounds; the
 * event's own date when it holds one (a lone event with no free row), not "1910 to 1910".
 */
export function clusterRange(
  events: readonly TimelineEvent[],
  item: ClusterItem,
  { t, date, instant }: Pick<Translator, 't' | 'date' | 'instant'>,
): string {
  const first = events[item.first];
  const last = events[item.last];
  const startLabel = (event: TimelineEvent | undefined, fallback: number) =>
    !event
      ? instant(fallback, 'day')
      : event.date.isPoint
        ? date(event)
        : instant(event.date.start, event.date.precision);
  if (item.count === 1 && first) return date(first);
  if (item.atOneInstant) {
    return t('all beginning {date}', { date: first ? date(first) : instant(item.start, 'day') });
  }
  return t('{first} to {last}', {
    first: startLabel(first, item.start),
    last: startLabel(last, item.end),
  });
}
