/**
 * `transparent=1`: the embed draws no page background, so a coloured or dark article shows
 * through it. An attribute on <html> while it applies (see embed.css).
 */
import { useLayoutEffect } from 'react';

/** Attribute on <html> while the page has no background of its own. */
export const TRANSPARENT_ATTRIBUTE = 'data-sourceline-transparent';

export function useTransparentPage(on: boolean): void {
  useLayoutEffect(() => {
    if (!on) return;
    const root = document.documentElement;
    root.setAttribute(TRANSPARENT_ATTRIBUTE, '');
    return () => root.removeAttribute(TRANSPARENT_ATTRIBUTE);
  }, [on]);
}
