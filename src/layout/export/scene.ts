/**
 * The parts every export picture shares: its shapes' types, colours, margins and text measure,
 * the heading and the source line. Pure. See exportScene.ts for the picture itself.
 */
import { formatInstant } from '../../model/dates/formatDate.ts';
import type { Timeline, TimelineEvent } from '../../model/timeline.ts';
import { tickLabel } from '../axis/axisTicks.ts';
import type { TickLabel } from '../axis/axisTicks.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import { estimateTextWidth } from '../textWidth.ts';
import { wrapAt, wrapInto } from '../timeline/wrapLabel.ts';
import { FONT_STACK } from '../typography.ts';

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
      /** The picture's title or its source lines, which a picture that says them in HTML drops. */
      part?: 'title' | 'source';
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
  /** Height of the band at the top that the title stands in, above the years. */
  titleBand: number;
  /** Height of the band at the bottom that the source lines stand in. */
  sourceBand: number;
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

/**
 * Margins and bands of the picture, in CSS pixels: HEADER is where the lanes begin under a title
 * of one line (sceneOf moves everything down for each further line), FOOTER the room under the
 * axis for one source line.
 */
export const PAD = 24;
export const HEADER = 76;
export const FOOTER = 40;
const TITLE_SIZE = 22;
const TITLE_LINE = 28;
/** The title's band: its first line stands on a 36 px baseline, the years under it. */
const TITLE_BAND = 40;
/** The band of one source line: from a line's height above its baseline to the picture's end. */
const SOURCE_BAND = 24;
export const FONT = FONT_STACK;
export const LABEL_SIZE = 12;
/**
 * The picture's text measure: the estimate, so a picture is the same on every machine, with room
 * for a font up to 5% wider than it. An SVG's text is not cut to its box as the app's labels are,
 * and the estimate runs up to 3% short of the system sans-serif that Linux draws (DejaVu Sans):
 * without the room, three labels of the ICC picture ran into their dots.
 */
export const measure = (text: string) => measureAt(text, LABEL_SIZE);

/** The picture's measure of `text` at `size` px (as `measure`, at another size). */
function measureAt(text: string, size: number): number {
  return Math.ceil(estimateTextWidth(text, size) * 1.05);
}
/** Narrower than this, the picture runs down the page, as the app's view does. */
export const VERTICAL_EXPORT_BELOW = 600;

/**
 * The picture's own words, in the reader's language where the components pass theirs (the
 * handout, the still embed); English by default, as the SVG and PNG downloads have them.
 */
export interface SceneWords {
  /** "1998 to 2023": the years from `start` to `end`. */
  years: (start: number, end: number) => string;
  /** The footer: the sources, or that there is none. */
  sources: (timeline: Timeline) => string;
  /** An axis tick's label. */
  tick: TickLabel;
  /** An event's date, in the vertical picture's captions. */
  date: (event: TimelineEvent) => string;
}

/** The words of the downloads: English, the dataset's own date labels. */
export const ENGLISH_SCENE_WORDS: SceneWords = {
  years: (start, end) => `${formatInstant(start, 'year')} to ${formatInstant(end, 'year')}`,
  sources: (timeline) => sourceLine(timeline),
  tick: tickLabel,
  date: (event) => event.dateLabel,
};

/**
 * The years under the title (which sceneOf sets above them): those of the events the picture
 * shows, from the first one's start to the last one's end, within the view. Not the view's own
 * ends: a fitted view has room either side, and its "1992 to 2024" misstated a timeline of
 * 1993 to 2023 (the handout says that just above its picture). A view with no event in it names
 * its own ends.
 */
export function yearsLine(
  timeline: Timeline,
  domain: TimeDomain,
  words: SceneWords = ENGLISH_SCENE_WORDS,
): SceneShape[] {
  const { start, end } = shownYears(timeline.events, domain);
  return [
    {
      kind: 'text',
      x: PAD,
      y: 60,
      // `end` is the first instant after the span; its year is the one before it.
      text: words.years(start, Math.max(start, end - 1)),
      size: 13,
      fill: EXPORT_COLOURS.muted,
    },
  ];
}

/** The span of the events that meet `domain`, cut to it; the domain when none does. */
export function shownYears(events: readonly TimelineEvent[], domain: TimeDomain): TimeDomain {
  let start = Infinity;
  let end = -Infinity;
  for (const { date } of events) {
    if (date.end <= domain.start || date.start >= domain.end) continue;
    start = Math.min(start, date.start);
    end = Math.max(end, date.end);
  }
  if (start === Infinity) return domain;
  return { start: Math.max(start, domain.start), end: Math.min(end, domain.end) };
}

/**
 * The source line (`text`, at `size` px) wrapped to the picture's width, in the footer below
 * `top`: a citation cut off at the picture's edge would drop its address. Its shapes; the
 * footer's height (FOOTER, and a line's height for each further line); and the band its lines
 * stand in, which a picture that leaves them out trims.
 */
export function sourceFooter(
  text: string,
  top: number,
  width: number,
  size: number,
): { shapes: SceneShape[]; height: number; band: number } {
  const lineHeight = size + 4;
  const { lines } = wrapAt(text, width - 2 * PAD, (line) => measureAt(line, size));
  const shapes = lines.map((line, i): SceneShape => ({
    kind: 'text',
    x: PAD,
    y: top + FOOTER - 16 + i * lineHeight,
    text: line,
    size,
    fill: EXPORT_COLOURS.muted,
    part: 'source',
  }));
  const more = (lines.length - 1) * lineHeight;
  return { shapes, height: FOOTER + more, band: SOURCE_BAND + more };
}

/**
 * The scene of `shapes`, `width` by `height`, under the timeline's title and with the source
 * lines of `footer` last. A title too wide for the picture is wrapped into balanced lines, and
 * everything below moves down by the lines it adds.
 */
export function sceneOf(
  timeline: Timeline,
  width: number,
  height: number,
  shapes: SceneShape[],
  footer: ReturnType<typeof sourceFooter>,
): ExportScene {
  const lines = titleLines(timeline.title, width - 2 * PAD);
  const more = (lines.length - 1) * TITLE_LINE;
  const title = lines.map((line, i): SceneShape => ({
    kind: 'text',
    x: PAD,
    y: 36 + i * TITLE_LINE,
    text: line,
    size: TITLE_SIZE,
    fill: EXPORT_COLOURS.text,
    bold: true,
    part: 'title',
  }));
  return {
    width,
    height: height + more,
    title: timeline.title,
    font: FONT,
    background: EXPORT_COLOURS.background,
    shapes: [...title, ...[...shapes, ...footer.shapes].map((shape) => shifted(shape, more))],
    titleBand: TITLE_BAND + more,
    sourceBand: footer.band,
  };
}

/**
 * The title in as few lines as fit `width`, balanced. Bold runs up to a fifth wider than the
 * estimate's regular weight (measured in Chromium on the system sans-serif), so it is allowed
 * that much more.
 */
function titleLines(title: string, width: number): string[] {
  const measureTitle = (text: string) => Math.ceil(measureAt(text, TITLE_SIZE) * 1.2);
  const { lines } = wrapAt(title, width, measureTitle);
  if (lines.length <= 1) return lines;
  return wrapInto(title, lines.length, measureTitle)?.lines ?? lines;
}

/** `shape` moved down by `by` pixels (up, for a negative `by`). */
export function shifted(shape: SceneShape, by: number): SceneShape {
  if (by === 0) return shape;
  switch (shape.kind) {
    case 'rect':
    case 'text':
      return { ...shape, y: shape.y + by };
    case 'circle':
      return { ...shape, cy: shape.cy + by };
    case 'line':
      return { ...shape, y1: shape.y1 + by, y2: shape.y2 + by };
  }
}

/** `text` at `size` px, cut with an ellipsis to fit `width` (by the measure the layout used). */
export function fitText(text: string, width: number, size = LABEL_SIZE): string {
  if (measureAt(text, size) <= width) return text;
  let end = text.length;
  while (end > 1 && measureAt(`${text.slice(0, end)}…`, size) > width) end--;
  return `${text.slice(0, end).trimEnd()}…`;
}

/** "Source: <title>, <publisher>, <published>" (each source, `; ` apart), or that there is none. */
export function sourceLine(timeline: Timeline): string {
  const { sources } = timeline;
  if (sources.length === 0)
    return 'No source text: this timeline was imported without one. Made with Sourceline.';
  return `${sources.length === 1 ? 'Source' : 'Sources'}: ${sourceList(timeline)}. Made with Sourceline.`;
}

/** Each source as "<title>, <publisher>, <published>, <url>", `; ` apart: the dataset's words. */
export function sourceList(timeline: Timeline): string {
  return timeline.sources
    .map((source) =>
      [source.title, source.publisher, source.published, source.url].filter(Boolean).join(', '),
    )
    .join('; ');
}
