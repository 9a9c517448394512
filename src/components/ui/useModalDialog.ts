/** Opens a native <dialog> as a modal once it is mounted: the app's dialogs all open this way. */
import { useEffect } from 'react';
import type { RefObject } from 'react';

export function useModalDialog(ref: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || element.open) return;
    // Where modal dialogs are missing (older browsers, jsdom) it still opens, just not modal.
    if (typeof element.showModal === 'function') element.showModal();
    else element.setAttribute('open', '');
  }, [ref]);
}
