/** The events and clusters of a picture as shapes, across or down the page (exportScene.ts). */
import type { Timeline } from '../../model/timeline.ts';
import { GEOMETRY } from '../timeline/geometry.ts';
import type { LayoutItem } from '../timeline/layoutTimeline.ts';
import { EXPORT_COLOURS, HEADER, LABEL_SIZE, PAD, fitText } from './scene.ts';
import type { SceneShape } from './scene.ts';

/** The vertical picture's date-and-lane captions, a size below the titles. */
const CAPTION_SIZE = 11;

/** Adds the shapes of `items` to `shapes`; `captions` are the vertical rows' date-and-lane lines. */
export function marks(
  timeline: Timeline,
  items: readonly LayoutItem[],
  shapes: SceneShape[],
  captions: ReadonlyMap<number, string> = new Map(),
): void {
  const c = EXPORT_COLOURS;
  for (const item of items) {
    const top = HEADER + item.top;
    const middle = top + GEOMETRY.rowHeight / 2;
    const left = PAD + item.markLeft;
    const width = item.markRight - item.markLeft;
    if (item.kind === 'cluster') {
      const first = timeline.events[item.first];
      const last = timeline.events[item.last];
      const title = `${item.count} events, ${first?.dateLabel ?? ''} to ${last?.dateLabel ?? ''}`;
      shapes.push({
        kind: 'rect',
        x: left,
        y: top + 1,
        width,
        height: GEOMETRY.rowHeight - 2,
        fill: c.cluster,
        rx: 4,
        title,
      });
      shapes.push({
        kind: 'text',
        x: left + width / 2,
        y: middle + 4,
        text: String(item.count),
        size: 11,
        fill: c.text,
        anchor: 'middle',
      });
      continue;
    }
    const event = timeline.events[item.index];
    if (!event) continue;
    const title = `${event.title}, ${event.dateLabel}`;
    if (event.date.isPoint) {
      shapes.push({
        kind: 'circle',
        cx: left + width / 2,
        cy: middle,
        r: GEOMETRY.pointSize / 2,
        fill: c.event,
        title,
      });
    } else {
      shapes.push({
        kind: 'rect',
        x: left,
        y: middle - 6,
        width,
        height: 12,
        fill: c.span,
        rx: 2,
        title,
      });
    }
    if (item.labelWidth <= 0) continue;
    const caption = captions.get(item.index);
    const lines = caption === undefined ? item.lines : [...item.lines, caption];
    lines.forEach((line, k) => {
      const isCaption = caption !== undefined && k === lines.length - 1;
      shapes.push({
        kind: 'text',
        x: PAD + item.labelLeft,
        y: top + (item.labelRow + k) * GEOMETRY.rowHeight + GEOMETRY.rowHeight / 2 + 4,
        text: fitText(line, item.labelWidth, isCaption ? CAPTION_SIZE : LABEL_SIZE),
        size: isCaption ? CAPTION_SIZE : LABEL_SIZE,
        fill: isCaption ? c.muted : c.text,
      });
    });
  }
}
