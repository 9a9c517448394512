/**
 * The picture of one timeline view for export (slides, handouts): title, lanes, eras, events,
 * clusters, axis and a source line, as a flat list of shapes in pixels. Pure. One scene feeds
 * both the SVG writer and the PNG painter, so the two exports cannot drift apart; the PNG is not
 * made from the SVG because the strict Content-Security-Policy blocks loading blob: and data:
 * images into an <img>, which is the only way a browser rasterises an SVG string.
 */
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline } from '../../model/timeline.ts';
import { axisTicks } from '../axis/axisTicks.ts';
import { GEOMETRY } from '../timeline/geometry.ts';
import { layoutTimeline, rowsNeeded } from '../timeline/layoutTimeline.ts';
import type { LayoutItem, TimelineLayout } from '../timeline/layoutTimeline.ts';
import { VERTICAL, layoutVertical } from '../timeline/layoutVertical.ts';
import { NO_WARP } from '../axis/timeWarp.ts';
import type { TimeWarp } from '../axis/timeWarp.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { FONT_STACK } from '../typography.ts';
import { buildTimeIndex } from '../timeline/timeIndex.ts';
import { timeScale } from '../axis/timeScale.ts';
import type { TimeDomain } from '../axis/timeScale.ts';

/** One shape of the picture. `title` is the full text a mark stands for (a tooltip in SVG). */
export type SceneShape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      rx?: number;
      opacity?: number;
      title?: string;
    }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string; title?: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      fill: string;
      bold?: boolean;
      anchor?: 'start' | 'middle';
    };

/** A whole export picture, in CSS pixels. */
export interface ExportScene {
  width: number;
  height: number;
  /** The timeline's title, for the SVG's own <title>. */
  title: string;
  font: string;
  background: string;
  shapes: SceneShape[];
}

/** Colours of the light theme: exports are printed and projected, so they use it always. */
export const EXPORT_COLOURS = {
  background: '#ffffff',
  laneAlt: '#f3f4f6',
  text: '#1a1a1a',
  muted: '#4f5560',
  event: '#0b5cad',
  span: '#7aa6d3',
  cluster: '#e4ecf7',
  /** Eras are a wash of the event colour, so lane stripes show through them. */
  era: '#0b5cad',
  eraOpacity: 0.08,
  rule: '#c9ced6',
} as const;

/** Default width: wide enough for a slide, and the same whatever the screen. */
export const EXPORT_WIDTH = 1280;

const PAD = 24;
const HEADER = 76;
const FOOTER = 40;
const FONT = FONT_STACK;
const LABEL_SIZE = 12;
const measure = (text: string) => estimateTextWidth(text, LABEL_SIZE);
/** Narrower than this, the picture runs down the page, as the app's view does. */
const VERTICAL_EXPORT_BELOW = 600;

/** The scene of `timeline` showing `domain`, `width` pixels wide (run down the page when narrow). */
export function exportScene(
  timeline: Timeline,
  domain: TimeDomain,
  width: number = EXPORT_WIDTH,
  warp: TimeWarp = NO_WARP,
): ExportScene {
  const plotWidth = width - 2 * PAD;
  const index = buildTimeIndex(timeline);
  if (width < VERTICAL_EXPORT_BELOW) return verticalScene(timeline, index, domain, width);
  const rows = rowsNeeded(
    layoutTimeline(timeline, index, domain, plotWidth, measure, [], { warp }),
  );
  const layout = layoutTimeline(timeline, index, domain, plotWidth, measure, rows, { warp });
  const scale = timeScale(domain, plotWidth, warp);
  const axisTop = HEADER + layout.height;
  const height = axisTop + GEOMETRY.axisHeight + FOOTER;
  const c = EXPORT_COLOURS;
  const shapes: SceneShape[] = header(timeline, domain);
  lanesAndEras(timeline, layout, scale, plotWidth, shapes);
  marks(timeline, layout.items, shapes);
  shapes.push({
    kind: 'line',
    x1: PAD,
    y1: axisTop,
    x2: PAD + plotWidth,
    y2: axisTop,
    stroke: c.muted,
  });
  for (const tick of axisTicks(scale, measure, warp.breaks)) {
    const x = PAD + tick.x;
    shapes.push({ kind: 'line', x1: x, y1: axisTop, x2: x, y2: axisTop + 6, stroke: c.muted });
    shapes.push({
      kind: 'text',
      x,
      y: axisTop + 20,
      text: tick.label,
      size: LABEL_SIZE,
      fill: c.text,
      anchor: 'middle',
    });
  }
  shapes.push({
    kind: 'text',
    x: PAD,
    y: height - 16,
    text: sourceLine(timeline),
    size: 12,
    fill: c.muted,
  });
  return { width, height, title: timeline.title, font: FONT, background: c.background, shapes };
}

type Scale = ReturnType<typeof timeScale>;

function lanesAndEras(
  timeline: Timeline,
  layout: TimelineLayout,
  scale: Scale,
  plotWidth: number,
  shapes: SceneShape[],
): void {
  const c = EXPORT_COLOURS;
  layout.lanes.forEach((lane, i) => {
    const y = HEADER + lane.top;
    if (i % 2 === 1)
      shapes.push({
        kind: 'rect',
        x: PAD,
        y,
        width: plotWidth,
        height: lane.height,
        fill: c.laneAlt,
      });
  });
  for (const era of timeline.eras) {
    const x0 = Math.max(0, scale(era.date.start));
    const x1 = Math.min(plotWidth, scale(era.date.end));
    if (x1 <= x0) continue;
    shapes.push({
      kind: 'rect',
      x: PAD + x0,
      y: HEADER,
      width: x1 - x0,
      height: layout.height,
      fill: c.era,
      opacity: c.eraOpacity,
      title: `${era.label}, ${era.date.label}`,
    });
    shapes.push({
      kind: 'text',
      x: PAD + x0 + 4,
      y: HEADER + layout.height - 6,
      text: era.label,
      size: 11,
      fill: c.muted,
    });
  }
  for (const lane of layout.lanes) {
    shapes.push({
      kind: 'text',
      x: PAD + 6,
      y: HEADER + lane.top + 14,
      text: lane.name.toUpperCase(),
      size: 11,
      fill: c.muted,
      bold: true,
    });
  }
}

function marks(
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
        text: fitText(line, item.labelWidth),
        size: isCaption ? 11 : LABEL_SIZE,
        fill: isCaption ? c.muted : c.text,
      });
    });
  }
}

/** The title and the years shown. */
function header(timeline: Timeline, domain: TimeDomain): SceneShape[] {
  const c = EXPORT_COLOURS;
  return [
    { kind: 'text', x: PAD, y: 36, text: timeline.title, size: 22, fill: c.text, bold: true },
    {
      kind: 'text',
      x: PAD,
      y: 60,
      text: `${formatInstant(domain.start, 'year')} to ${formatInstant(domain.end, 'year')}`,
      size: 13,
      fill: c.muted,
    },
  ];
}

/** The vertical reading layout as a picture: a rail, and one row per event down the page. */
function verticalScene(
  timeline: Timeline,
  index: ReturnType<typeof buildTimeIndex>,
  domain: TimeDomain,
  width: number,
): ExportScene {
  const c = EXPORT_COLOURS;
  const plotWidth = width - 2 * PAD;
  const layout = layoutVertical(timeline, index, domain, plotWidth, measure);
  const height = HEADER + layout.height + FOOTER;
  const shapes: SceneShape[] = header(timeline, domain);
  const rail = PAD + VERTICAL.rail;
  shapes.push({
    kind: 'line',
    x1: rail,
    y1: HEADER,
    x2: rail,
    y2: HEADER + layout.height,
    stroke: c.rule,
  });
  marks(timeline, layout.items, shapes, layout.captions);
  shapes.push({
    kind: 'text',
    x: PAD,
    y: height - 16,
    text: sourceLine(timeline),
    size: 10,
    fill: c.muted,
  });
  return { width, height, title: timeline.title, font: FONT, background: c.background, shapes };
}

/** The title cut with an ellipsis to fit `width` (by the same estimate the layout used). */
function fitText(text: string, width: number): string {
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end)}…`) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** "Source: <title>, <publisher>, <published>", or that there is none. */
export function sourceLine(timeline: Timeline): string {
  const source = timeline.source;
  if (!source)
    return 'No source text: this timeline was imported without one. Made with Sourceline.';
  const parts = [source.title, source.publisher, source.published, source.url].filter(Boolean);
  return `Source: ${parts.join(', ')}. Made with Sourceline.`;
}
