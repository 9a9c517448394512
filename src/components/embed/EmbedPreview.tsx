/**
 * The Embed dialog's live preview: the embed itself, in a frame, at the options chosen. The frame
 * is as tall as its content (read from the same-origin document, never by message: the app acts
 * on no postMessage), and the dialog scrolls; where the document cannot be read (a file opened
 * from disk), the frame keeps the snippet's placeholder height. While an option's new document
 * is still starting, the frame keeps the height it had.
 */
import { useEffect, useRef, useState } from 'react';
import { PLACEHOLDER_HEIGHT } from '../../store/embedSnippet.ts';

/** Props: the embed's address, and the frame's accessible name. */
export interface EmbedPreviewProps {
  src: string;
  title: string;
}

export function EmbedPreview({ src, title }: EmbedPreviewProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState<number | null>(null);

  useEffect(() => {
    const element = frame.current;
    if (!element) return;
    let observer: ResizeObserver | null = null;
    const follow = () => {
      observer?.disconnect();
      let body: HTMLElement | null = null;
      try {
        body = element.contentDocument?.body ?? null;
      } catch {
        body = null; // Another origin (a file on disk): keep the fixed height.
      }
      if (!body || typeof ResizeObserver === 'undefined') return;
      const measure = () => {
        // Until the embed has mounted, a new document shows one line of status ("Loading the
        // timeline…"): the frame keeps its height meanwhile, or the dialog shrinks and springs
        // back under the reader's pointer each time an option reloads the preview.
        if (!body.isConnected || !body.querySelector('.embed')) return;
        setHeight(Math.ceil(body.getBoundingClientRect().height));
      };
      observer = new ResizeObserver(measure);
      observer.observe(body);
      measure();
    };
    element.addEventListener('load', follow);
    return () => {
      element.removeEventListener('load', follow);
      observer?.disconnect();
    };
  }, []);

  return (
    <div className="embed-dialog__preview">
      <iframe
        ref={frame}
        src={src}
        title={title}
        style={{ height: `${height ?? PLACEHOLDER_HEIGHT}px` }}
      />
    </div>
  );
}
