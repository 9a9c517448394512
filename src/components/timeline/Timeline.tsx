/**
 * The interactive timeline, in two orientations from the same store and layout code: across
 * (lanes by actor, an axis that may break over long empty stretches, zoom and pan) from
 * VERTICAL_BELOW pixels up, and down the page below that, for phones and narrow embeds. D3
 * computes (layout, scale, ticks, zoom); React renders plain positions.
 */
import { Suspense, lazy, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { eventsAtOneInstant } from '../../layout/timeline/clusterEvents.ts';
import type { ClusterItem, LayoutItem } from '../../layout/timeline/layoutTimeline.ts';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import { ClusterMark } from './ClusterMark.tsx';
import { clusterRange } from './clusterRange.ts';
import { EventMark } from './EventMark.tsx';
import { HorizontalBackdrop } from './HorizontalBackdrop.tsx';
import { useElementWidth } from '../ui/useElementWidth.ts';
import { useFirstDrawMark } from './useFirstDrawMark.ts';
import { useRovingFocus } from './useRovingFocus.ts';
import { useTimelineLayout } from './useTimelineLayout.ts';
import { useZoom } from '../zoom/useZoom.ts';
import { StaticTimeline } from './StaticTimeline.tsx';
import { VerticalBackdrop } from './VerticalBackdrop.tsx';

/** Narrower than this, the timeline runs down the page. */
export const VERTICAL_BELOW = 600;

// Loaded the first time a cluster at one instant is activated.
const ClusterEventsDialog = lazy(() =>
  import('./ClusterEventsDialog.tsx').then((module) => ({ default: module.ClusterEventsDialog })),
);

export function Timeline() {
  const surface = useRef<HTMLDivElement>(null);
  const measured = useElementWidth(surface);
  const orientation = measured !== null && measured < VERTICAL_BELOW ? 'vertical' : 'horizontal';
  const timeline = useSourceline((s) => s.timeline);
  const index = useSourceline((s) => s.index);
  const selectedId = useSourceline((s) => s.selectedId);
  const hoveredId = useSourceline((s) => s.hoveredId);
  const embed = useSourceline((s) => s.embed);
  const { select, hover, requestView } = useActions();
  const translator = useTranslator();
  const { t, instant } = translator;
  const view = useTimelineLayout(measured, orientation);
  const { layout } = view;

  // Where each event is drawn now, read by the zoom behaviour when a selection is revealed.
  const drawn = useRef(layout.items);
  useLayoutEffect(() => {
    drawn.current = layout.items;
  }, [layout]);
  const locate = useCallback(
    (id: string) => {
      const item = drawn.current.find(
        (each) => each.kind === 'event' && timeline.events[each.index]?.id === id,
      );
      if (item?.kind !== 'event') return null;
      const hasLabel = item.labelWidth > 0;
      return {
        left: Math.min(item.markLeft, hasLabel ? item.labelLeft : Infinity),
        right: Math.max(item.markRight, hasLabel ? item.labelLeft + item.labelWidth : -Infinity),
      };
    },
    [timeline],
  );
  useZoom(surface, measured, orientation, { wheelNeedsModifier: embed, locate });
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

  const drawnIds = useMemo(
    () =>
      new Set(
        layout.items.flatMap((item) =>
          item.kind === 'event' ? [timeline.events[item.index]?.id] : [],
        ),
      ),
    [layout, timeline],
  );
  const tabbableId = selectedId && drawnIds.has(selectedId) ? selectedId : null;
  const first = timeline.events[0];
  const last = timeline.events[timeline.events.length - 1];
  const from = first ? instant(first.date.start, 'year') : '';
  const to = last ? instant(last.date.end - 1, 'year') : '';
  const span = from === to ? from : t('{first} to {last}', { first: from, last: to });

  const onSurfaceKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const factor = e.key === '+' || e.key === '=' ? 2 : e.key === '-' || e.key === '_' ? 0.5 : 0;
    if (factor) requestView({ kind: 'zoom', factor });
    else if (e.key === '0') requestView({ kind: 'fit' });
    else return;
    e.preventDefault();
  };

  if (measured === null) {
    return (
      <div className="timeline timeline--static" ref={surface}>
        <StaticTimeline events={timeline.events} />
      </div>
    );
  }
  const renderItem = (item: LayoutItem, i: number) => {
    const tabbable = tabbableId === null ? i === 0 : false;
    if (item.kind === 'cluster') {
      return (
        <div role="listitem" key={`c-${item.lane}-${item.key}`}>
          <ClusterMark
            item={item}
            rangeLabel={clusterRange(timeline.events, item, translator)}
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
          caption={view.captions?.get(item.index)}
          selected={event.id === selectedId}
          hovered={event.id === hoveredId}
          tabbable={tabbable || event.id === tabbableId}
          onSelect={select}
          onHover={hover}
          onKeyDown={onEventKey}
        />
      </div>
    );
  };
  return (
    <>
      {/* The keyboard shortcuts (+, -, 0) bubble up from the focused event buttons inside. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className="timeline"
        data-orientation={orientation}
        ref={surface}
        style={{ height: view.height }}
        onKeyDown={onSurfaceKey}
      >
        {orientation === 'horizontal' ? (
          <HorizontalBackdrop view={view} width={measured} />
        ) : (
          <VerticalBackdrop view={view} width={measured} />
        )}
        <div
          role="list"
          aria-label={
            timeline.events.length === 1
              ? t('One event, {range}', { range: span })
              : t('{count} events in time order, {span}', {
                  count: timeline.events.length,
                  span,
                })
          }
          className="timeline__items"
        >
          {layout.items.map(renderItem)}
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
