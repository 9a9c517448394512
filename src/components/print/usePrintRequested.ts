/**
 * Whether the page is being (or has been) printed. The handout is only built then, so a timeline
 * of 100,000 events does not carry 100,000 hidden handout entries in its DOM. `beforeprint` is
 * fired by Ctrl+P, window.print() and Chromium's print-to-PDF; the print media query also turns
 * true under print emulation. Once true it stays true: afterprint can come before the browser
 * has finished laying out the printed copy, and re-printing should not rebuild it.
 */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

function printMedia(): MediaQueryList | null {
  return typeof matchMedia === 'function' ? matchMedia('print') : null;
}

/** True from the first print request on. */
export function usePrintRequested(): boolean {
  const [requested, setRequested] = useState(() => printMedia()?.matches ?? false);
  useEffect(() => {
    if (requested) return;
    // The browser lays out the printed copy right after beforeprint returns: render now.
    const onPrint = () => flushSync(() => setRequested(true));
    const media = printMedia();
    const onMedia = (event: MediaQueryListEvent) => {
      if (event.matches) onPrint();
    };
    window.addEventListener('beforeprint', onPrint);
    media?.addEventListener('change', onMedia);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      media?.removeEventListener('change', onMedia);
    };
  }, [requested]);
  return requested;
}
