/**
 * Zoom and pan for the timeline. Horizontally, it loads the d3-zoom behaviour after the first
 * draw and attaches it once the width is known (re-attaching when the width or the wheel policy
 * changes). Vertically the page's own scroll does the panning, so no gesture is taken over: view
 * commands (the zoom buttons, keys, clusters, revealing a selection) are applied directly.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { t } from '../../store/notice.ts';
import type { Notice } from '../../store/notice.ts';
import { useSourcelineStore } from '../../store/StoreContext.tsx';
import type { ZoomOptions } from './zoomBehaviour.ts';

/** The notice shown when the zoom behaviour's code cannot be downloaded. */
export const ZOOM_FAILED: Notice = {
  message: t(
    'Zooming and panning could not be loaded (the network may be down): reload the page to use them.',
  ),
};

/** Attaches zoom to the element and keeps it in step with the store. */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  width: number | null,
  orientation: 'horizontal' | 'vertical',
  options: ZoomOptions,
): void {
  const store = useSourcelineStore();
  const { wheelNeedsModifier, locate } = options;
  useEffect(() => {
    const element = ref.current;
    if (!element || width === null) return;
    if (orientation === 'vertical') return applyCommandsDirectly(store);
    let detach: (() => void) | null = null;
    let live = true;
    import('./zoomBehaviour.ts').then(
      ({ attachZoom }) => {
        if (live) detach = attachZoom(element, store, width, { wheelNeedsModifier, locate });
      },
      () => {
        // The timeline stays readable without it; say why dragging and zooming do nothing.
        if (live) store.getState().actions.addNotice(ZOOM_FAILED);
      },
    );
    return () => {
      live = false;
      detach?.();
    };
  }, [ref, store, width, orientation, wheelNeedsModifier, locate]);
}

/** The vertical view's commands: every move lands at once; a selection in view moves nothing. */
function applyCommandsDirectly(store: ReturnType<typeof useSourcelineStore>): () => void {
  let applied = store.getState().command?.serial ?? 0;
  return store.subscribe((state) => {
    if (!state.command || state.command.serial <= applied) return;
    applied = state.command.serial;
    const { command } = state.command;
    if (command.kind === 'reveal') {
      const event = state.timeline.events.find((e) => e.id === command.id);
      const inView =
        event && event.date.start < state.domain.end && event.date.end > state.domain.start;
      if (!inView) state.actions.setDomain(state.fit);
      return;
    }
    // Loaded on the first such command: the first draw does not need it.
    void import('../../store/viewTarget.ts').then(({ viewTarget }) => {
      const current = store.getState();
      const domain = viewTarget(command, current, 1);
      if (domain) current.actions.setDomain(domain);
    });
  });
}
