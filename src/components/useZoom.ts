/**
 * The one place d3-zoom lives. It owns pointer, wheel and touch gestures on the timeline, writes
 * the visible domain into the store, and carries out the store's view commands (zoom buttons,
 * fit, reveal an event). It adds no DOM nodes.
 */
import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { timeScale } from '../layout/timeScale.ts';
import type { TimeDomain } from '../layout/timeScale.ts';
import { useSourcelineStore } from '../store/StoreContext.tsx';
import type { ViewCommand } from '../store/createSourcelineStore.ts';
import { prefersReducedMotion } from './prefersReducedMotion.ts';

const MAX_ZOOM = 1e7;

/** Options: in an embed, a plain wheel scrolls the article; zooming needs Ctrl/⌘ or a pinch. */
export interface ZoomOptions {
  wheelNeedsModifier: boolean;
}

/** Attaches d3-zoom to the element and keeps it in step with the store. */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  width: number,
  options: ZoomOptions,
): void {
  const store = useSourcelineStore();
  const behaviour = useRef<ZoomBehavior<HTMLElement, unknown> | null>(null);
  const { wheelNeedsModifier } = options;

  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const { fit } = store.getState();
    const base = timeScale(fit, width);
    const zoomer = zoom<HTMLElement, unknown>()
      .scaleExtent([1, MAX_ZOOM])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [0, 0],
        [width, 1],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel')
          return (
            !wheelNeedsModifier || (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey
          );
        if (event.type === 'dblclick') return false;
        const target = event.target as Element | null;
        const onControl = target?.closest('button, a, input, [role="button"]');
        // Buttons still drag-pan with the mouse, but a touch on them is a tap.
        return !(event as MouseEvent).button && !(onControl && event.type === 'touchstart');
      })
      .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
        const [start, end] = event.transform.rescaleX(base).domain();
        store
          .getState()
          .actions.setDomain({
            start: start?.getTime() ?? fit.start,
            end: end?.getTime() ?? fit.end,
          });
      });
    behaviour.current = zoomer;
    const selection = select(element);
    selection.call(zoomer);
    // Keep the current view across a resize: re-express the domain as a transform.
    selection.call(zoomer.transform, transformFor(store.getState().domain, fit, width));
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [ref, store, width, wheelNeedsModifier]);

  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const element = ref.current;
        const zoomer = behaviour.current;
        if (!element || !zoomer || !state.command || state.command === previous.command) return;
        const target = targetTransform(state.command.command, state, width);
        if (!target) return;
        const selection = select(element);
        if (prefersReducedMotion()) selection.call(zoomer.transform, target);
        else selection.transition().duration(350).call(zoomer.transform, target);
      }),
    [ref, store, width],
  );
}

function transformFor(domain: TimeDomain, fit: TimeDomain, width: number): ZoomTransform {
  const k = (fit.end - fit.start) / Math.max(1, domain.end - domain.start);
  const base = timeScale(fit, width);
  return zoomIdentity.scale(k).translate(-base(domain.start), 0);
}

function targetTransform(
  command: ViewCommand,
  state: {
    domain: TimeDomain;
    fit: TimeDomain;
    timeline: { events: { id: string; date: { start: number; end: number } }[] };
  },
  width: number,
): ZoomTransform | null {
  const { domain, fit } = state;
  const span = domain.end - domain.start;
  const mid = (domain.start + domain.end) / 2;
  switch (command.kind) {
    case 'fit':
      return zoomIdentity;
    case 'zoom': {
      const half = span / command.factor / 2;
      return transformFor({ start: mid - half, end: mid + half }, fit, width);
    }
    case 'zoomTo':
      return transformFor({ start: command.start, end: command.end }, fit, width);
    case 'reveal': {
      const event = state.timeline.events.find((e) => e.id === command.id);
      if (!event) return null;
      const margin = span * 0.08;
      const inView =
        event.date.start >= domain.start + margin && event.date.start <= domain.end - margin;
      if (inView) return null;
      const centre = (event.date.start + Math.min(event.date.end, event.date.start + span / 2)) / 2;
      return transformFor({ start: centre - span / 2, end: centre + span / 2 }, fit, width);
    }
  }
}
