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
import type { TimeDomain, TimeScale } from '../../layout/axis/timeScale.ts';
import type { SourcelineState, SourcelineStore } from '../../store/createSourcelineStore.ts';
import { viewTarget } from '../../store/viewTarget.ts';
import type { LocateEvent } from '../../store/viewTarget.ts';
import { prefersReducedMotion } from '../ui/prefersReducedMotion.ts';

/** Deepest zoom: from the fitted view down to about a minute of a century. */
const MAX_ZOOM = 1e7;
const TRANSITION_MS = 350;

/** Options: in an embed, a plain wheel scrolls the article; zooming needs Ctrl/⌘ or a pinch. */
export interface ZoomOptions {
  wheelNeedsModifier: boolean;
  /** Where an event is drawn now, so revealing one already in view moves nothing. */
  locate: LocateEvent;
}

/** Attaches zoom to `element` for a view `width` pixels wide; returns the detach function. */
export function attachZoom(
  element: HTMLElement,
  store: SourcelineStore,
  width: number,
  { wheelNeedsModifier, locate }: ZoomOptions,
): () => void {
  const { fit, warp } = store.getState();
  // The fitted view's scale: zoom transforms act on it, so they are linear in warped units.
  const base = timeScale(fit, width, warp);
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
  // d3-zoom's transform is a function that reads no `this`: passed on, as d3's own docs do.
  const setTransform = (target: ZoomTransform) =>
    selection.call((s) => zoomer.transform(s, target));
  setTransform(transformFor(store.getState().domain, base, width));

  let applied = 0;
  const apply = (state: SourcelineState) => {
    if (!state.command || state.command.serial <= applied) return;
    applied = state.command.serial;
    const domain = viewTarget(state.command.command, state, width, locate);
    if (!domain) return;
    const target = transformFor(domain, base, width);
    if (prefersReducedMotion()) setTransform(target);
    else
      selection
        .transition()
        .duration(TRANSITION_MS)
        .call((t) => zoomer.transform(t, target));
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

function transformFor(domain: TimeDomain, base: TimeScale, width: number): ZoomTransform {
  const x0 = base(domain.start);
  const k = width / Math.max(1e-9, base(domain.end) - x0);
  return zoomIdentity.scale(k).translate(-x0, 0);
}
