/**
 * Feeds the style sheets the numbers the layout computes with, as CSS custom properties on the
 * root element, so the two cannot drift apart: the font stack and label size (layout/typography.ts)
 * and the timeline's slot height and mark size (layout/timeline/geometry.ts).
 */
import { GEOMETRY } from '../layout/timeline/geometry.ts';
import { FONT_STACK, LABEL_FONT_SIZE } from '../layout/typography.ts';

/** The custom properties and their values. */
export function designTokens(): Record<string, string> {
  return {
    '--font': FONT_STACK,
    '--label-size': `${LABEL_FONT_SIZE}px`,
    '--row-height': `${GEOMETRY.rowHeight}px`,
    '--point-size': `${GEOMETRY.pointSize}px`,
  };
}

/** Sets them on `root` (the document's root element). */
export function applyDesignTokens(root: HTMLElement): void {
  for (const [name, value] of Object.entries(designTokens())) root.style.setProperty(name, value);
}
