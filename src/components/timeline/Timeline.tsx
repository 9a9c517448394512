/**
 * The interactive timeline: lanes by actor, events placed by date, an adaptive axis, zoom and
 * pan. D3 computes (layout, scale, ticks, zoom); React renders plain positions.
 */
import { Suspense, lazy, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { axisTicks } from '../../layout/axis/axisTicks.ts';
import { eventsAtOneInstant } from '../../layout/timeline/clusterEvents.ts';
import { GEOMETRY } from '../../layout/timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../../layout/timeline/layoutTimeline.ts';
import type { ClusterItem, TimelineLayout } from '../../layout/timeline/layoutTimeline.ts';
import { timeScale } from '../../layout/axis/timeScale.ts';
import { formatInstant } from '../../model/dates/formatDate.ts';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { ClusterMark } from './ClusterMark.tsx';
import { EventMark } from './EventMark.tsx';
import { createLabelMeasure } from './measureLabel.ts';
import { TimelineAxis } from './TimelineAxis.tsx';
import { useElementWidth } from '../ui/useElementWidth.ts';
import { useRovingFocus } from './useRovingFocus.ts';
import { useZoom } from './useZoom.ts';

const measureLabel = createLabelMeasure();
// Loaded the first time a cluster at one instant is activated.
const ClusterEventsDialog = lazy(() =>
  import('./ClusterEventsDialog.tsx').then((module) => ({ default: module.ClusterEventsDialog })),
);
/** The layout before the width is measured: nothing drawn. */
const UNMEASURED: TimelineLayout = { lanes: [], items: [], height: 0 };

export function Timeline() {
  const surface = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(surface);
  const timeline = useSourceline((s) => s.timeline);
  const index = useSourceline((s) => s.index);
  const domain = useSourceline((s) => s.domain);
  const selectedId = useSourceline((s) => s.selectedId);
  const hoveredId = useSourceline((s) => s.hoveredId);
  const embed = useSourceline((s) => s.embed);
  const { select, hover, requestView } = useActions();
  useZoom(surface, measured, { wheelNeedsModifier: embed });

  const fit = useSourceline((s) => s.fit);
  // Each lane gets the rows it needs when everything is in view, so sparse lanes stay short.
  // Nothing is laid out until the width is known (before the first paint): see useElementWidth.
  const rows = useMemo(
    () =>
      measured === null
        ? null
        : rowsNeeded(layoutTimeline(timeline, index, fit, measured, measureLabel)),
    [timeline, index, fit, measured],
  );
  const layout = useMemo(
    () =>
      measured === null || rows === null
        ? UNMEASURED
        : layoutTimeline(timeline, index, domain, measured, measureLabel, rows),
    [timeline, index, domain, measured, rows],
  );
  const width = measured ?? 0;
  const scale = useMemo(() => timeScale(domain, width), [domain, width]);
  const ticks = useMemo(() => (measured === null ? [] : axisTicks(scale)), [measured, scale]);
  useFirstDrawMark(layout.items.length > 0);
  const onEventKey = useRovingFocus(surface, layout);
  const onClusterKey = useCallback((e: KeyboardEvent<HTMLButtonElement>) => {
    const buttons = [
      ...(surface.current?.querySelectorAll<HTMLButtonElement>('.event-mark, .cluster-mark') ?? []),
    ];
    const at = buttons.indexOf(e.currentTarget);
    const step =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? 1
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? -1
          : 0;
    if (step === 0) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, at + step))]?.focus();
  }, []);
  const [listed, setListed] = useState<ClusterItem | null>(null);
  const zoomTo = useCallback(
    (start: number, end: number) => requestView({ kind: 'zoomTo', start, end }),
    [requestView],
  );

  const drawnIds = new Set(
    layout.items.flatMap((item) =>
      item.kind === 'event' ? [timeline.events[item.index]?.id] : [],
    ),
  );
  const tabbableId = selectedId && drawnIds.has(selectedId) ? selectedId : null;
  const firstItem = layout.items[0];
  const height = layout.height + GEOMETRY.axisHeight;
  const first = timeline.events[0];
  const last = timeline.events[timeline.events.length - 1];
  const span =
    first && last
      ? `${formatInstant(first.date.start, 'year')} to ${formatInstant(last.date.end - 1, 'year')}`
      : '';

  const onSurfaceKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const factor = e.key === '+' || e.key === '=' ? 2 : e.key === '-' || e.key === '_' ? 0.5 : 0;
    if (factor) requestView({ kind: 'zoom', factor });
    else if (e.key === '0') requestView({ kind: 'fit' });
    else return;
    e.preventDefault();
  };

  if (measured === null) return <div className="timeline" ref={surface} />;
  return (
    <>
      {/* The keyboard shortcuts (+, -, 0) bubble up from the focused event buttons inside. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div className="timeline" ref={surface} style={{ height }} onKeyDown={onSurfaceKey}>
        <svg
          className="timeline__backdrop"
          width={width}
          height={height}
          aria-hidden="true"
          focusable="false"
        >
          {layout.lanes.map((lane, i) => (
            <g key={lane.name} className="timeline__lane" data-odd={i % 2 === 1 || undefined}>
              <rect x={0} y={lane.top} width={width} height={lane.height} />
              <text x={6} y={lane.top + 14}>
                {lane.name}
              </text>
            </g>
          ))}
          {/* Eras over the lane stripes, translucent, so both show; marks sit above in HTML. */}
          {timeline.eras.map((era) => {
            const x0 = Math.max(0, scale(era.date.start));
            const x1 = Math.min(width, scale(era.date.end));
            if (x1 <= x0) return null;
            return (
              <g key={`${era.label}-${era.date.edtf}`} className="timeline__era">
                <rect x={x0} y={0} width={x1 - x0} height={layout.height} />
                <text x={x0 + 4} y={layout.height - 6}>
                  {era.label}
                </text>
              </g>
            );
          })}
          <TimelineAxis scale={scale} ticks={ticks} top={layout.height} />
        </svg>
        <div
          role="list"
          aria-label={`${timeline.events.length} events in time order, ${span}`}
          className="timeline__items"
        >
          {layout.items.map((item, i) => {
            const top =
              (layout.lanes[item.lane]?.top ?? 0) +
              GEOMETRY.laneHeader +
              item.row * GEOMETRY.rowHeight;
            const tabbable = tabbableId === null ? i === 0 && item === firstItem : false;
            if (item.kind === 'cluster') {
              return (
                <div role="listitem" key={`c-${item.lane}-${item.key}`}>
                  <ClusterMark
                    item={item}
                    top={top}
                    rangeLabel={
                      item.atOneInstant
                        ? `all beginning ${eventsAtOneInstant(timeline, index, item, 1)[0]?.dateLabel ?? formatInstant(item.start, 'day')}`
                        : `${formatInstant(item.start, 'day')} to ${formatInstant(item.end, 'day')}`
                    }
                    tabbable={tabbable}
                    onZoom={zoomTo}
                    onList={setListed}
                    onKeyDown={onClusterKey}
                  />
                </div>
              );
            }
            const event = timeline.events[item.index];
            if (!event) return null;
            return (
              <div role="listitem" key={event.id}>
                <EventMark
                  event={event}
                  item={item}
                  top={top}
                  selected={event.id === selectedId}
                  hovered={event.id === hoveredId}
                  tabbable={tabbable || event.id === tabbableId}
                  onSelect={select}
                  onHover={hover}
                  onKeyDown={onEventKey}
                />
              </div>
            );
          })}
        </div>
      </div>
      {/* Outside the surface, so keys pressed in the dialog do not zoom the timeline. */}
      {listed ? (
        <Suspense fallback={null}>
          <ClusterEventsDialog
            events={eventsAtOneInstant(timeline, index, listed)}
            lane={timeline.lanes[listed.lane] ?? ''}
            onChoose={select}
            onClose={() => setListed(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}

/**
 * Marks `sourceline:first-draw` for the benchmark (docs/performance.md) once items are on screen:
 * in the task after the next animation frame, that is after the browser painted them.
 */
function useFirstDrawMark(drawn: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!drawn || marked.current || typeof requestAnimationFrame !== 'function') return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('sourceline:first-draw'), 0));
  }, [drawn]);
}
