/**
 * Marks `sourceline:first-draw` for the benchmark (docs/performance.md) once items are on screen:
 * in the task after the next animation frame, that is after the browser painted them.
 */
import { useLayoutEffect, useRef } from 'react';

export function useFirstDrawMark(drawn: boolean): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!drawn || marked.current || typeof requestAnimationFrame !== 'function') return;
    marked.current = true;
    requestAnimationFrame(() => setTimeout(() => performance.mark('sourceline:first-draw'), 0));
  }, [drawn]);
}
