/**
 * A box that reports its height to the host page while framed (useAutoHeight): for what an embed
 * shows besides EmbedMode, such as an embedded presentation (`embed=1&mode=present`).
 */
import { useRef } from 'react';
import type { ReactNode } from 'react';
import { useAutoHeight } from './useAutoHeight.ts';

export function SizedForHost({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useAutoHeight(ref);
  // A flex column: the children's margins stay inside the box, so its height is all of them; and
  // a child never grows wider than the box (a presentation's min-height would otherwise widen it
  // through its aspect ratio, past the frame's right edge).
  return (
    <div ref={ref} style={{ display: 'flex', flexDirection: 'column' }}>
      {children}
    </div>
  );
}
