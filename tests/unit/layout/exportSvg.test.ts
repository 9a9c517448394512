// The exported SVG, parsed back with DOMParser (jsdom): size, title, event titles, no scripts.
import { describe, expect, it } from 'vitest';
import { EXPORT_WIDTH, exportScene } from '../../../src/layout/export/exportScene.ts';
import { exportSvg, xml } from '../../../src/layout/export/exportSvg.ts';
import { fitDomain } from '../../../src/layout/axis/timeScale.ts';
import { compileTimeline } from '../../../src/model/compileTimeline.ts';
import type { DatasetFile, EventRecord } from '../../../src/model/schema.ts';
import type { Timeline } from '../../../src/model/timeline.ts';
import { SOURCE_TEXT, realDataset } from '../model/fixtures.ts';

function compiled(data: DatasetFile, source: string | null): Timeline {
  const result = compileTimeline(data, source);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.value;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

function event(id: string, date: string, title: string, lane = 'Rome'): EventRecord {
  return {
    id,
    title,
    summary: 'S.',
    date,
    dateInArticle: null,
    dateSource: { kind: 'article' },
    actors: [lane],
    citations: [],
  };
}

const HOSTILE: DatasetFile = {
  title: 'Evil <script>alert(1)</script> & "quotes"',
  eras: [{ label: '<b>Era</b>', date: '-0499/-0100' }],
  events: [
    event('a', '-0499', '</text><script>alert(2)</script>'),
    event('b', '-0043-03-15', 'Caesar & Brutus \u0007 <i>'),
    event('c', '0001', 'O\'Brien "quoted"', 'Greece'),
  ],
};

describe('exportSvg', () => {
  it('is a well-formed SVG of the export size with the title and every event title', () => {
    const timeline = compiled(realDataset(), SOURCE_TEXT);
    const domain = fitDomain(timeline);
    const doc = parse(exportSvg(timeline, domain));
    const root = doc.documentElement;
    const scene = exportScene(timeline, domain);
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('width')).toBe(String(EXPORT_WIDTH));
    expect(root.getAttribute('height')).toBe(String(scene.height));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${EXPORT_WIDTH} ${scene.height}`);
    const text = [...doc.querySelectorAll('text, title')].map((el) => el.textContent ?? '');
    expect(text).toContain(timeline.title);
    // Every event drawn one by one carries its full title; the rest are counted in clusters.
    const marked = text.filter((t) =>
      timeline.events.some((e) => t === `${e.title}, ${e.dateLabel}`),
    );
    const clustered = [...doc.querySelectorAll('rect > title')]
      .map((el) => /^(\d+) events,/.exec(el.textContent ?? '')?.[1])
      .reduce((sum, n) => sum + Number(n ?? 0), 0);
    expect(marked.length + clustered).toBe(timeline.events.length);
    expect(text.some((t) => t.startsWith('Source: The International Criminal Court issued'))).toBe(
      true,
    );
  });

  it('keeps hostile text as text: no script element, no broken markup', () => {
    const timeline = compiled(HOSTILE, null);
    const svg = exportSvg(timeline, fitDomain(timeline));
    const doc = parse(svg);
    expect(doc.querySelectorAll('script, foreignObject, a')).toHaveLength(0);
    expect(svg).not.toMatch(/<script/i);
    const text = [...doc.querySelectorAll('text, title')].map((el) => el.textContent ?? '');
    expect(text).toContain('Evil <script>alert(1)</script> & "quotes"');
    expect(text).toContain('</text><script>alert(2)</script>, 500 BCE');
    expect(text).toContain('Caesar & Brutus  <i>, 15 March 44 BCE');
    expect(text).toContain(
      'No source text: this timeline was imported without one. Made with Sourceline.',
    );
  });

  it('labels a BCE axis with round historical years', () => {
    const timeline = compiled(HOSTILE, null);
    const doc = parse(exportSvg(timeline, fitDomain(timeline)));
    const labels = [...doc.querySelectorAll('text[text-anchor="middle"]')].map(
      (el) => el.textContent,
    );
    expect(labels).toEqual(expect.arrayContaining(['500 BCE', '1 CE']));
  });

  it('escapes every XML special character and drops characters XML cannot hold', () => {
    expect(xml(`<a href="x">'&'</a>\u0000\uFFFF`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
    );
  });
});
