/** The content width of an element, kept current with a ResizeObserver. */
import { useLayoutEffect, useState } from 'react';
import type { RefObject } from 'react';

/**
 * Width in CSS pixels of the referenced element, or null until it is measured. The first
 * measurement is taken in a layout effect, so the render that uses it happens before the first
 * paint: a caller renders nothing width-dependent while it is null, rather than laying everything
 * out once at a guessed width and again at the real one.
 */
export function useElementWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.max(1, Math.round(element.clientWidth)));
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
