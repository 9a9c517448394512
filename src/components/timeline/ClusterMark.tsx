/**
 * Events too crowded to draw one by one at this zoom, as one counted button: activating it zooms
 * into the stretch of time it covers or, when its events all begin at one instant and no zoom can
 * part them, lists them (ClusterEventsDialog).
 */
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { ClusterItem } from '../../layout/timeline/layoutTimeline.ts';
import { GEOMETRY } from '../../layout/timeline/geometry.ts';
import { isolate } from '../../model/isolateText.ts';
import { useTranslator } from '../i18n/translator.tsx';

/** Props: the cluster, its label for screen readers, and what activating it does. */
export interface ClusterMarkProps {
  item: ClusterItem;
  rangeLabel: string;
  tabbable: boolean;
  onZoom: (start: number, end: number) => void;
  /** Lists the events of a cluster at one instant. */
  onList: (item: ClusterItem) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export const ClusterMark = memo(function ClusterMark({
  item,
  rangeLabel,
  tabbable,
  onZoom,
  onList,
  onKeyDown,
}: ClusterMarkProps) {
  const lists = item.atOneInstant !== null;
  // A lone event with no free row is a cluster too: named in the singular, its pronoun too
  // ("see it"), which the plural messages cannot give in English.
  const one = item.count === 1;
  const { t, locale } = useTranslator();
  const named = { count: item.count, range: isolate(rangeLabel) };
  const count =
    locale !== 'en'
      ? new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(
          item.count,
        )
      : item.count >= 10_000
        ? `${Math.round(item.count / 1000)}k`
        : item.count >= 1000
          ? `${(item.count / 1000).toFixed(1)}k`
          : String(item.count);
  return (
    <button
      type="button"
      className="cluster-mark"
      data-cluster-count={item.count}
      aria-label={
        lists
          ? t('{count} events, {range}. List them.', named)
          : one
            ? t('1 event, {range}. Zoom in to see it.', named)
            : t('{count} events, {range}. Zoom in to see them.', named)
      }
      aria-haspopup={lists ? 'dialog' : undefined}
      title={one ? t('1 event, {range}', named) : t('{count} events, {range}', named)}
      tabIndex={tabbable ? 0 : -1}
      style={{
        left: item.markLeft,
        top: item.top,
        width: item.markRight - item.markLeft,
        height: GEOMETRY.rowHeight,
      }}
      onClick={() => (lists ? onList(item) : onZoom(item.start, item.end))}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true">{count}</span>
    </button>
  );
});
