/**
 * Dataset text among the app's words, in a `<bdi>` so its direction cannot leak into them. A
 * stray POP DIRECTIONAL ISOLATE in the text would close the element's own isolate (Chromium
 * implements it with the same characters), so such PDIs are dropped (model/isolateText.ts).
 */
import { Children } from 'react';
import type { ReactNode } from 'react';
import { withoutStrayPdi } from '../../model/isolateText.ts';

/** Props: the text, and an optional class and language for the element. */
export interface BdiProps {
  children: ReactNode;
  className?: string;
  /** The text's language (BCP 47), when its dataset says. */
  lang?: string | undefined;
}

export function Bdi({ children, className, lang }: BdiProps) {
  return (
    <bdi className={className} lang={lang}>
      {Children.map(children, (child) =>
        typeof child === 'string' ? withoutStrayPdi(child) : child,
      )}
    </bdi>
  );
}
