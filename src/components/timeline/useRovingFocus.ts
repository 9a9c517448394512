/**
 * Keyboard movement between events in time order. Focus goes to the next or previous event even
 * when it is off screen or inside a cluster: the view is moved first, then focus follows once the
 * event is drawn. The handler it returns is stable (it reads the latest layout from a ref), so
 * memoised event marks are not re-rendered by a hover or a zoom frame.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { TimelineLayout } from '../../layout/timeline/layoutTimeline.ts';
import type { TimelineEvent } from '../../model/timeline.ts';
import type { ViewCommand } from '../../store/createSourcelineStore.ts';
import { useActions, useSourceline } from '../../store/StoreContext.tsx';

const NEXT = new Set(['ArrowRight', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'ArrowUp']);
const MAX_STEPS = 6;

/** Focuses the event's button inside `root`, if it is drawn. */
function focusEvent(root: HTMLElement | null, id: string): boolean {
  const button = root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`);
  button?.focus({ preventScroll: true });
  return Boolean(button);
}

/** The view change that brings `event` closer to being drawn: into its cluster, or pan to it. */
function approach(event: TimelineEvent, layout: TimelineLayout): ViewCommand {
  const cluster = layout.items.find(
    (item) =>
      item.kind === 'cluster' && item.start <= event.date.start && item.end >= event.date.start,
  );
  return cluster?.kind === 'cluster'
    ? { kind: 'zoomTo', start: cluster.start, end: cluster.end }
    : { kind: 'reveal', id: event.id };
}

/** Returns the key handler for event buttons; focus is moved inside `container`. */
export function useRovingFocus(container: RefObject<HTMLElement | null>, layout: TimelineLayout) {
  const events = useSourceline((s) => s.timeline.events);
  const { requestView, select } = useActions();
  const pending = useRef<{ event: TimelineEvent; steps: number } | null>(null);
  const latest = useRef(layout);

  // After every layout, finish a pending move: focus the event if drawn, else keep approaching.
  useEffect(() => {
    latest.current = layout;
    const move = pending.current;
    if (!move) return;
    if (focusEvent(container.current, move.event.id) || move.steps >= MAX_STEPS) {
      pending.current = null;
      return;
    }
    move.steps += 1;
    requestView(approach(move.event, layout));
  }, [layout, container, requestView]);

  return useCallback(
    (keyEvent: KeyboardEvent<HTMLButtonElement>, id: string) => {
      const at = events.findIndex((e) => e.id === id);
      let target: number | null = null;
      if (NEXT.has(keyEvent.key)) target = Math.min(events.length - 1, at + 1);
      else if (PREVIOUS.has(keyEvent.key)) target = Math.max(0, at - 1);
      else if (keyEvent.key === 'Home') target = 0;
      else if (keyEvent.key === 'End') target = events.length - 1;
      else if (keyEvent.key === 'Escape') select(null);
      if (target === null) return;
      keyEvent.preventDefault();
      keyEvent.stopPropagation();
      const next = events[target];
      if (!next || focusEvent(container.current, next.id)) return;
      pending.current = { event: next, steps: 0 };
      requestView(approach(next, latest.current));
    },
    [events, container, requestView, select],
  );
}
