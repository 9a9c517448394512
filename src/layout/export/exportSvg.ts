/**
 * A standalone SVG document of one timeline view (see exportScene.ts), for slides and handouts.
 * Pure: every piece of text from the dataset is XML-escaped and stripped of characters XML cannot
 * hold, so a hostile title is only ever text; the document has no scripts, links or styles.
 */
import type { Timeline } from '../../model/timeline.ts';
import { exportScene } from './exportScene.ts';
import type { ExportScene, SceneShape } from './exportScene.ts';
import type { TimeDomain } from '../axis/timeScale.ts';
import type { TimeWarp } from '../axis/timeWarp.ts';

/** The SVG text of `timeline` showing `domain`, `width` CSS pixels wide. */
export function exportSvg(
  timeline: Timeline,
  domain: TimeDomain,
  width?: number,
  warp?: TimeWarp,
): string {
  return sceneToSvg(exportScene(timeline, domain, width, warp));
}

/** Serialises a scene as an SVG document. */
export function sceneToSvg(scene: ExportScene): string {
  const { width, height } = scene;
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${xml(scene.font)}" role="img">`,
    `<title>${xml(scene.title)}</title>`,
    `<rect width="${width}" height="${height}" fill="${scene.background}"/>`,
    ...scene.shapes.map(shapeToSvg),
    '</svg>',
  ];
  return `${lines.join('\n')}\n`;
}

function shapeToSvg(shape: SceneShape): string {
  switch (shape.kind) {
    case 'rect': {
      const rx = shape.rx ? ` rx="${n(shape.rx)}"` : '';
      const opacity = shape.opacity === undefined ? '' : ` fill-opacity="${shape.opacity}"`;
      const box = `x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}"`;
      return element('rect', `${box}${rx} fill="${shape.fill}"${opacity}`, shape.title);
    }
    case 'circle':
      return element(
        'circle',
        `cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"`,
        shape.title,
      );
    case 'line':
      return element(
        'line',
        `x1="${n(shape.x1)}" y1="${n(shape.y1)}" x2="${n(shape.x2)}" y2="${n(shape.y2)}" stroke="${shape.stroke}"`,
      );
    case 'text': {
      const anchor = shape.anchor === 'middle' ? ' text-anchor="middle"' : '';
      const weight = shape.bold ? ' font-weight="bold"' : '';
      const attributes = `x="${n(shape.x)}" y="${n(shape.y)}" font-size="${shape.size}" fill="${shape.fill}"${anchor}${weight}`;
      return `<text ${attributes}>${xml(shape.text)}</text>`;
    }
  }
}

/** An element, empty or holding a <title> (the tooltip and accessible name of a mark). */
function element(tag: string, attributes: string, title?: string): string {
  return title === undefined
    ? `<${tag} ${attributes}/>`
    : `<${tag} ${attributes}><title>${xml(title)}</title></${tag}>`;
}

/** Coordinates rounded to 0.1 px: smaller files, and stable output for tests. */
function n(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Text safe inside XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
