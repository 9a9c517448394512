/**
 * The layout of the current view, in either orientation, with what its backdrop draws (axis
 * ticks and breaks across; the rail's breaks down). Nothing is laid out until the width is known
 * (before the first paint: see useElementWidth).
 */
import { useMemo } from 'react';
import { axisTicks } from '../../layout/axis/axisTicks.ts';
import type { AxisTick } from '../../layout/axis/axisTicks.ts';
import { timeScale } from '../../layout/axis/timeScale.ts';
import type { TimeScale } from '../../layout/axis/timeScale.ts';
import { GEOMETRY } from '../../layout/timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../../layout/timeline/layoutTimeline.ts';
import type { TimelineLayout } from '../../layout/timeline/layoutTimeline.ts';
import { layoutVertical } from '../../layout/timeline/layoutVertical.ts';
import type { VerticalBreak, VerticalEra } from '../../layout/timeline/layoutVertical.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import { measureLabel } from './measureLabel.ts';

/** A break of the horizontal axis, where it is drawn. */
export interface AxisBreak {
  x: number;
  from: number;
  to: number;
}

/** One view, ready to draw. */
export interface TimelineView {
  layout: TimelineLayout;
  /** Height of the whole drawing, axis included. */
  height: number;
  scale: TimeScale;
  ticks: AxisTick[];
  axisBreaks: AxisBreak[];
  /** Vertical only: the rail's breaks, the eras' bands and each event row's date-and-lane line. */
  railBreaks: VerticalBreak[];
  railEras: VerticalEra[];
  captions: Map<number, string> | null;
}

const EMPTY: TimelineLayout = { lanes: [], items: [], height: 0, detail: 'legible' };

/** Lays out the store's current view `width` pixels wide (null: not measured yet). */
export function useTimelineLayout(
  width: number | null,
  orientation: 'horizontal' | 'vertical',
): TimelineView {
  const timeline = useSourceline((s) => s.timeline);
  const index = useSourceline((s) => s.index);
  const fit = useSourceline((s) => s.fit);
  const warp = useSourceline((s) => s.warp);
  const domain = useSourceline((s) => s.domain);
  const selectedId = useSourceline((s) => s.selectedId);
  const { date, tick } = useTranslator();
  const selected = useMemo(
    () => (selectedId === null ? null : timeline.events.findIndex((e) => e.id === selectedId)),
    [timeline, selectedId],
  );
  const horizontal = orientation === 'horizontal' && width !== null;
  // Each lane keeps the slots it needs when everything is in view, so zooming never shrinks it.
  const fitted = useMemo(
    () =>
      horizontal ? layoutTimeline(timeline, index, fit, width, measureLabel, [], { warp }) : null,
    [horizontal, timeline, index, fit, width, warp],
  );
  const rows = useMemo(() => (fitted ? rowsNeeded(fitted) : []), [fitted]);
  const scale = useMemo(() => timeScale(domain, width ?? 1, warp), [domain, width, warp]);
  return useMemo((): TimelineView => {
    const none = {
      ticks: [],
      axisBreaks: [],
      railBreaks: [],
      railEras: [],
      captions: null,
      scale,
    };
    if (width === null) return { ...none, layout: EMPTY, height: 0 };
    if (orientation === 'vertical') {
      const v = layoutVertical(timeline, index, domain, width, measureLabel, date);
      const layout: TimelineLayout = {
        lanes: [],
        items: v.items,
        height: v.height,
        detail: 'legible',
      };
      return {
        ...none,
        layout,
        height: v.height,
        railBreaks: v.breaks,
        railEras: v.eras,
        captions: v.captions,
      };
    }
    // The fitted view is the one laid out above: the same layout, unless the selected event
    // was shortened there (it never is once selected).
    const reuse =
      fitted !== null &&
      domain === fit &&
      !fitted.items.some(
        (item) => item.kind === 'event' && item.index === selected && item.shortened,
      );
    const layout = reuse
      ? fitted
      : layoutTimeline(timeline, index, domain, width, measureLabel, rows, { warp, selected });
    const axisBreaks = warp.breaks
      .filter((b) => b.end > domain.start && b.start < domain.end)
      .map((b) => ({ x: scale((b.start + b.end) / 2), from: b.start, to: b.end }));
    return {
      ...none,
      layout,
      height: layout.height + GEOMETRY.axisHeight,
      ticks: axisTicks(scale, undefined, warp.breaks, tick),
      axisBreaks,
    };
  }, [
    width,
    orientation,
    timeline,
    index,
    domain,
    fit,
    fitted,
    rows,
    warp,
    selected,
    scale,
    date,
    tick,
  ]);
}
