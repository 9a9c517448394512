/**
 * The Fullscreen API on one element, guarded: where it is missing or refused (an iframe without
 * `allowfullscreen`, an old browser) toggling does nothing and `supported` is false.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RefObject } from 'react';

/** Whether the element is full screen, whether it can be, and the toggle. */
export interface Fullscreen {
  supported: boolean;
  active: boolean;
  toggle: () => void;
}

function canFullscreen(): boolean {
  return (
    typeof document !== 'undefined' &&
    document.fullscreenEnabled === true &&
    typeof HTMLElement.prototype.requestFullscreen === 'function'
  );
}

/** Full screen for the referenced element; leaves full screen when the element unmounts. */
export function useFullscreen(ref: RefObject<HTMLElement | null>): Fullscreen {
  const [active, setActive] = useState(false);
  const [supported] = useState(canFullscreen);

  useEffect(() => {
    if (!supported) return;
    const element = ref.current;
    const onChange = () => setActive(element !== null && document.fullscreenElement === element);
    document.addEventListener('fullscreenchange', onChange);
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      if (element !== null && document.fullscreenElement === element) {
        document.exitFullscreen().catch(() => undefined);
      }
    };
  }, [ref, supported]);

  const toggle = useCallback(() => {
    const element = ref.current;
    if (!supported || !element) return;
    // Refusals (no user gesture, a permissions policy) reject the promise; nothing to do then.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else element.requestFullscreen().catch(() => undefined);
  }, [ref, supported]);

  return { supported, active, toggle };
}
