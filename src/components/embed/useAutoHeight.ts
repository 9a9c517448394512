/**
 * Makes an embedded page as tall as its content: it reports the height of `ref` to the host page
 * after the first render and whenever it changes (ResizeObserver), and while framed it stops its
 * own document from scrolling. An inner scrollbar would both hide content and narrow the page,
 * which would change the height again; and a document that cannot scroll lets a plain wheel over
 * the embed scroll the article around it.
 */
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { resizeMessage } from '../../store/resizeMessage.ts';

/** Attribute on <html> while the page sizes itself to a host's iframe (see embed.css). */
export const FRAMED_ATTRIBUTE = 'data-sourceline-framed';

/** Reports the element's height to `win.parent`; does nothing when the page is not framed. */
export function useAutoHeight(ref: RefObject<HTMLElement | null>, win: Window = window): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || win.parent === win) return;
    const root = win.document.documentElement;
    root.setAttribute(FRAMED_ATTRIBUTE, '');

    // From the document's top to the element's bottom, so nothing above it is left out.
    const measure = () =>
      Math.ceil(element.getBoundingClientRect().bottom - root.getBoundingClientRect().top);
    let posted = -1;
    const post = (again: boolean) => {
      const height = measure();
      if (height <= 0 || (height === posted && !again)) return;
      posted = height;
      // The height is not a secret, and the host's origin is unknown by design: any site may embed.
      win.parent.postMessage(resizeMessage(height), '*');
    };

    post(false);
    const observer =
      typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => post(false));
    observer?.observe(element);
    // If the host sized the frame some other way (or missed a message), say it again.
    const onResize = () => {
      if (measure() !== win.innerHeight) post(true);
    };
    win.addEventListener('resize', onResize);
    return () => {
      observer?.disconnect();
      win.removeEventListener('resize', onResize);
      root.removeAttribute(FRAMED_ATTRIBUTE);
    };
  }, [ref, win]);
}
