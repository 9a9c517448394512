/**
 * The one place d3-zoom lives. It owns pointer, wheel and touch gestures on the timeline, writes
 * the visible domain into the store, and carries out the store's view commands (zoom buttons,
 * fit, reveal an event). It adds no DOM nodes. Loaded on demand by useZoom after the first draw,
 * so d3-zoom and its helpers are not part of the first download.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { D3ZoomEvent, ZoomTransform } from 'd3-zoom';
import { timeScale } from '../../layout/axis/timeScale.ts';
import type { TimeDomain } from '../../layout/axis/timeScale.ts';
import type {
  SourcelineState,
  SourcelineStore,
  ViewCommand,
} from '../../store/createSourcelineStore.ts';
import { prefersReducedMotion } from '../ui/prefersReducedMotion.ts';

/** Deepest zoom: from the fitted view down to about a minute of a century. */
const MAX_ZOOM = 1e7;
const TRANSITION_MS = 350;

/** Options: in an embed, a plain wheel scrolls the article; zooming needs Ctrl/⌘ or a pinch. */
export interface ZoomOptions {
  wheelNeedsModifier: boolean;
}

/** Attaches zoom to `element` for a view `width` pixels wide; returns the detach function. */
export function attachZoom(
  element: HTMLElement,
  store: SourcelineStore,
  width: number,
  { wheelNeedsModifier }: ZoomOptions,
): () => void {
  const { fit } = store.getState();
  const base = timeScale(fit, width);
  // At most one store update (so one React render) per frame: a fast wheel or trackpad sends
  // several events a frame. The first goes through at once; later ones wait for the next frame,
  // and only the last of them is written.
  let pending: TimeDomain | null = null;
  let frame = 0;
  const writeDomain = (domain: TimeDomain) => {
    if (frame !== 0) {
      pending = domain;
      return;
    }
    store.getState().actions.setDomain(domain);
    frame = requestAnimationFrame(() => {
      frame = 0;
      const next = pending;
      pending = null;
      if (next) writeDomain(next);
    });
  };
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
      if (event.type === 'wheel') {
        const wheel = event as WheelEvent;
        return !wheelNeedsModifier || wheel.ctrlKey || wheel.metaKey;
      }
      if (event.type === 'dblclick') return false;
      const onControl = (event.target as Element | null)?.closest(
        'button, a, input, [role="button"]',
      );
      // Buttons still drag-pan with the mouse, but a touch on them is a tap.
      return !(event as MouseEvent).button && !(onControl && event.type === 'touchstart');
    })
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      // What rescaleX(base).domain() gives, without needing the scale to be copyable.
      const { transform } = event;
      writeDomain({
        start: base.invert(transform.invertX(0)),
        end: base.invert(transform.invertX(width)),
      });
    });
  const selection = select(element);
  selection.call(zoomer);
  // Keep the current view across a resize: re-express the domain as a transform.
  selection.call(zoomer.transform, transformFor(store.getState().domain, fit, width));

  let applied = 0;
  const apply = (state: SourcelineState) => {
    if (!state.command || state.command.serial <= applied) return;
    applied = state.command.serial;
    const target = targetTransform(state.command.command, state, width);
    if (!target) return;
    if (prefersReducedMotion()) selection.call(zoomer.transform, target);
    else selection.transition().duration(TRANSITION_MS).call(zoomer.transform, target);
  };
  // A command given before zoom loaded (e.g. the selection from a deep link) still applies.
  apply(store.getState());
  const unsubscribe = store.subscribe(apply);
  return () => {
    unsubscribe();
    cancelAnimationFrame(frame);
    selection.interrupt();
    selection.on('.zoom', null);
  };
}

function transformFor(domain: TimeDomain, fit: TimeDomain, width: number): ZoomTransform {
  const k = (fit.end - fit.start) / Math.max(1, domain.end - domain.start);
  const base = timeScale(fit, width);
  return zoomIdentity.scale(k).translate(-base(domain.start), 0);
}

function targetTransform(
  command: ViewCommand,
  state: SourcelineState,
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
