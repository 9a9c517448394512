/**
 * Zoom and pan for the timeline: loads the d3-zoom behaviour after the first draw and attaches
 * it to the element once its width is known, re-attaching when the width or the wheel policy
 * changes.
 */
import { useEffect } from 'react';
import type { RefObject } from 'react';
import { useSourcelineStore } from '../../store/StoreContext.tsx';
import type { ZoomOptions } from './zoomBehaviour.ts';

/** Attaches zoom to the element and keeps it in step with the store. */
export function useZoom(
  ref: RefObject<HTMLElement | null>,
  width: number | null,
  options: ZoomOptions,
): void {
  const store = useSourcelineStore();
  const { wheelNeedsModifier } = options;
  useEffect(() => {
    const element = ref.current;
    if (!element || width === null) return;
    let detach: (() => void) | null = null;
    let live = true;
    void import('./zoomBehaviour.ts').then(({ attachZoom }) => {
      if (live) detach = attachZoom(element, store, width, { wheelNeedsModifier });
    });
    return () => {
      live = false;
      detach?.();
    };
  }, [ref, store, width, wheelNeedsModifier]);
}
