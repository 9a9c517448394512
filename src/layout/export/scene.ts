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

/** Margins and bands of the picture, in CSS pixels. */
export const PAD = 24;
export const HEADER = 76;
export const FOOTER = 40;
export const FONT = FONT_STACK;
export const LABEL_SIZE = 12;
/** The picture's text measure: the estimate, so a picture is the same on every machine. */
export const measure = (text: string) => estimateTextWidth(text, LABEL_SIZE);
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

/** The title and the years shown. */
export function header(
  timeline: Timeline,
  domain: TimeDomain,
  words: SceneWords = ENGLISH_SCENE_WORDS,
): SceneShape[] {
  const c = EXPORT_COLOURS;
  return [
    { kind: 'text', x: PAD, y: 36, text: timeline.title, size: 22, fill: c.text, bold: true },
    {
      kind: 'text',
      x: PAD,
      y: 60,
      text: words.years(domain.start, domain.end),
      size: 13,
      fill: c.muted,
    },
  ];
}

/** The title cut with an ellipsis to fit `width` (by the same estimate the layout used). */
export function fitText(text: string, width: number): string {
  if (measure(text) <= width) return text;
  let end = text.length;
  while (end > 1 && measure(`${text.slice(0, end)}…`) > width) end--;
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
