/**
 * Where a view command takes the view: pure, so the horizontal view (through d3-zoom) and the
 * vertical one (directly) move alike. All moves are made in warped units (timeWarp.ts), so they
 * stay continuous across breaks, and never leave the fitted view: no panning or zooming out past
 * the data's extent and its small margin.
 */
import { timeScale } from '../layout/axis/timeScale.ts';
import type { TimeDomain } from '../layout/axis/timeScale.ts';
import { unwarp, warpUnit } from '../layout/axis/timeWarp.ts';
import type { TimeWarp } from '../layout/axis/timeWarp.ts';
import type { Timeline } from '../model/timeline.ts';
import type { ViewCommand } from './createSourcelineStore.ts';

/** What a view target is computed from. */
export interface ViewState {
  timeline: Timeline;
  domain: TimeDomain;
  fit: TimeDomain;
  warp: TimeWarp;
  /** The selected event, which a zoom keeps where it is while it is in view. */
  selectedId?: string | null;
}

/** Pixels from the view's start to the end of an event's mark and label, as drawn. */
export type LocateEvent = (id: string) => { left: number; right: number } | null;

const DAY = 86_400_000;
/** Room kept beside a revealed event for its label, when its drawn label is not known. */
const LABEL_ROOM = 220;
const EDGE = 8;

/** The domain the command asks for, or null when the view should not move. */
export function viewTarget(
  command: ViewCommand,
  state: ViewState,
  width: number,
  locate: LocateEvent = () => null,
): TimeDomain | null {
  const { domain, fit, warp } = state;
  const u0 = warpUnit(warp, domain.start);
  const u1 = warpUnit(warp, domain.end);
  const span = u1 - u0;
  switch (command.kind) {
    case 'fit':
      return fit;
    case 'zoom': {
      // Around the selected event while it is in view, so it stays under the reader's eye (as a
      // wheel zooms around the pointer); around the view's middle otherwise.
      const selected = selectedUnit(state);
      const at = selected !== null && selected >= u0 && selected <= u1 ? selected : (u0 + u1) / 2;
      const next = span / command.factor;
      const start = at - ((at - u0) / span) * next;
      return clampUnits(start, start + next, state);
    }
    case 'zoomTo': {
      // A little room around what is zoomed into, so its first and last marks are not on the edge.
      const a = warpUnit(warp, command.start);
      const b = warpUnit(warp, Math.max(command.end, command.start + DAY));
      const pad = (b - a) * 0.1;
      return clampUnits(a - pad, b + pad, state);
    }
    case 'reveal': {
      const event = state.timeline.events.find((e) => e.id === command.id);
      if (!event) return null;
      const drawn = locate(event.id);
      if (drawn && drawn.left >= 0 && drawn.right <= width) return null;
      // The smallest pan that shows the mark and its label; centred if even that cannot.
      const scale = timeScale(domain, width, warp);
      const left = drawn?.left ?? scale(event.date.start) - EDGE;
      const right =
        drawn?.right ?? Math.max(scale(event.date.end), scale(event.date.start)) + LABEL_ROOM;
      let dx = 0;
      if (right - left > width) dx = (left + right) / 2 - width / 2;
      else if (left < 0) dx = left - EDGE;
      else if (right > width) dx = right - width + EDGE;
      const du = (dx / width) * span;
      return clampUnits(u0 + du, u1 + du, state);
    }
  }
}

/** The middle of the selected event's extent, in warped units; null when none is selected. */
function selectedUnit({ timeline, selectedId, warp }: ViewState): number | null {
  const event = selectedId ? timeline.events.find((e) => e.id === selectedId) : undefined;
  if (!event) return null;
  return (warpUnit(warp, event.date.start) + warpUnit(warp, event.date.end)) / 2;
}

/** The domain for units [a, b], moved (and if need be shrunk) to lie inside the fitted view. */
function clampUnits(a: number, b: number, { fit, warp }: ViewState): TimeDomain {
  const lo = warpUnit(warp, fit.start);
  const hi = warpUnit(warp, fit.end);
  const span = Math.min(b - a, hi - lo);
  let start = Math.max(lo, Math.min(a, hi - span));
  if (!Number.isFinite(start)) start = lo;
  return { start: unwarp(warp, start), end: unwarp(warp, start + span) };
}
