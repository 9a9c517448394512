/**
 * Makes an embedded page as tall as its content: it reports the height of `ref` to the host page
 * after the first render and whenever it changes (ResizeObserver, debounced), and while framed it
 * stops its own document from scrolling. An inner scrollbar would both hide content and narrow the
 * page, which would change the height again; and a document that cannot scroll lets a plain wheel
 * over the embed scroll the article around it. Each report is our own message, plus Pym.js's and
 * AMP's when the URL asks for them (`childId`, `amp=1`), all built in store/resizeMessage.ts.
 */
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import { hostMessages } from '../../store/resizeMessage.ts';
import type { HostProtocols } from '../../store/resizeMessage.ts';
import { NO_PROTOCOLS, parseUrlParams } from '../../store/urlParams.ts';
import '../../styles/framed.css';

/** Attribute on <html> while the page sizes itself to a host's iframe (see framed.css). */
export const FRAMED_ATTRIBUTE = 'data-sourceline-framed';

/** A burst of changes (a card opening, a relayout) is reported once, when it settles. */
export const REPORT_DEBOUNCE_MS = 60;

/** Reports the element's height to `win.parent`; does nothing when the page is not framed. */
export function useAutoHeight(ref: RefObject<HTMLElement | null>, win: Window = window): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || win.parent === win) return;
    const root = win.document.documentElement;
    root.setAttribute(FRAMED_ATTRIBUTE, '');
    const protocols = protocolsOf(win);

    // From the document's top to the element's bottom, so nothing above it is left out.
    const measure = () =>
      Math.ceil(element.getBoundingClientRect().bottom - root.getBoundingClientRect().top);
    let posted = -1;
    const post = (again: boolean) => {
      const height = measure();
      if (height <= 0 || (height === posted && !again)) return;
      posted = height;
      // The height is not a secret, and the host's origin is unknown by design: any site may embed.
      for (const message of hostMessages(height, protocols)) win.parent.postMessage(message, '*');
    };

    post(false);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const postSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => post(false), REPORT_DEBOUNCE_MS);
    };
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(postSoon);
    observer?.observe(element);
    // If the host sized the frame some other way (or missed a message), say it again.
    const onResize = () => {
      if (measure() !== win.innerHeight) post(true);
    };
    win.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      observer?.disconnect();
      win.removeEventListener('resize', onResize);
      root.removeAttribute(FRAMED_ATTRIBUTE);
    };
  }, [ref, win]);
}

/** The host protocols the page's address asks for (a stand-in window may have no address). */
function protocolsOf(win: Window): HostProtocols {
  const location = win.location as Location | undefined;
  return location ? parseUrlParams(location.search, location.href).host : NO_PROTOCOLS;
}
