/**
 * Events too crowded to draw one by one at this zoom, as one counted button: activating it zooms
 * into the stretch of time it covers.
 */
import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import type { ClusterItem } from '../layout/layoutTimeline.ts';
import { GEOMETRY } from '../layout/geometry.ts';

/** Props: the cluster, its label for screen readers, and what activating it does. */
export interface ClusterMarkProps {
  item: ClusterItem;
  top: number;
  rangeLabel: string;
  tabbable: boolean;
  onZoom: (start: number, end: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

export const ClusterMark = memo(function ClusterMark({
  item,
  top,
  rangeLabel,
  tabbable,
  onZoom,
  onKeyDown,
}: ClusterMarkProps) {
  const count =
    item.count >= 10_000
      ? `${Math.round(item.count / 1000)}k`
      : item.count >= 1000
        ? `${(item.count / 1000).toFixed(1)}k`
        : String(item.count);
  return (
    <button
      type="button"
      className="cluster-mark"
      data-cluster-count={item.count}
      aria-label={`${item.count} events, ${rangeLabel}. Zoom in to see them.`}
      title={`${item.count} events, ${rangeLabel}`}
      tabIndex={tabbable ? 0 : -1}
      style={{
        left: item.markLeft,
        top,
        width: item.markRight - item.markLeft,
        height: GEOMETRY.rowHeight,
      }}
      onClick={() => onZoom(item.start, item.end)}
      onKeyDown={onKeyDown}
    >
      <span aria-hidden="true">{count}</span>
    </button>
  );
});
