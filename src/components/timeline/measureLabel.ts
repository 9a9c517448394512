/**
 * Label widths measured with the browser's own font metrics (a canvas), cached per text, so
 * labels get the room they really need. Where no canvas exists (tests), the pure estimate serves.
 */
import { estimateTextWidth } from '../../layout/textWidth.ts';
import type { MeasureText } from '../../layout/textWidth.ts';
import { FONT_STACK, LABEL_FONT_SIZE } from '../../layout/typography.ts';

const LABEL_FONT = `${LABEL_FONT_SIZE}px ${FONT_STACK}`;

/** A cached measurer for timeline labels. */
export function createLabelMeasure(): MeasureText {
  const cache = new Map<string, number>();
  const context = canvasContext();
  return (text) => {
    let width = cache.get(text);
    if (width === undefined) {
      width = context
        ? Math.ceil(context.measureText(text).width) + 2
        : estimateTextWidth(text, LABEL_FONT_SIZE);
      cache.set(text, width);
    }
    return width;
  };
}

function canvasContext(): CanvasRenderingContext2D | null {
  // jsdom has canvases without a 2D context, and says so noisily: skip it there.
  if (typeof document === 'undefined' || /jsdom/i.test(navigator.userAgent)) return null;
  const context = document.createElement('canvas').getContext('2d');
  if (context) context.font = LABEL_FONT;
  return context;
}

/** The measurer the timeline's views share: one canvas, one cache of widths. */
export const measureLabel = createLabelMeasure();
