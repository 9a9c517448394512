// The vertical (phone) view's eras: a band behind the rows of each era's events in view, headed
// by its name on a line of its own, so the name never lies over an event's title.
import { describe, expect, it } from 'vitest';
import { ERA_FONT_SIZE } from '../../../src/layout/timeline/eraBands.ts';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { VERTICAL, layoutVertical } from '../../../src/layout/timeline/layoutVertical.ts';
import { buildTimeIndex } from '../../../src/layout/timeline/timeIndex.ts';
import { estimateTextWidth } from '../../../src/layout/textWidth.ts';
import type { EventItem } from '../../../src/layout/timeline/layoutTimeline.ts';
import type { Era, Timeline } from '../../../src/model/timeline.ts';
import { DAY, date, event, timelineOf } from '../../support/synthetic.ts';

const measure = (text: string) => estimateTextWidth(text, 13);
const YEAR = 365 * DAY;
const at = (years: number) => Date.UTC(1990, 0, 1) + years * YEAR;

/** Events a year apart, from 1990 to 1999, and the eras given. */
function timeline(eras: Era[]): Timeline {
  const events = Array.from({ length: 10 }, (_, i) =>
    event(`e${i}`, i % 2 ? 'Court' : 'State', date(at(i)), `Event ${i}`),
  );
  return { ...timelineOf(events), eras };
}

const era = (label: string, from: number, to: number): Era => ({
  label,
  date: { ...date(at(from)), end: at(to), isInterval: true, isPoint: false, edtf: `${from}/${to}` },
});

function lay(t: Timeline, width = 390, domain = { start: at(-1), end: at(11) }) {
  return layoutVertical(t, buildTimeIndex(t), domain, width, measure);
}

/** Each event row's title, top and bottom. */
function rows(layout: ReturnType<typeof lay>, t: Timeline) {
  return layout.items
    .filter((item): item is EventItem => item.kind === 'event')
    .map((item) => ({
      title: t.events[item.index]?.title ?? '',
      top: item.top,
      bottom: item.top + item.rows * GEOMETRY.rowHeight,
    }));
}

describe('layoutVertical’s eras', () => {
  it('bands the rows of each era’s events, its name on a line above the first of them', () => {
    const t = timeline([era('Early years', 2, 5), era('Later years', 7, 10)]);
    const layout = lay(t);
    const drawn = rows(layout, t);
    expect(layout.eras.map((e) => e.name)).toEqual(['Early years', 'Later years']);
    for (const [band, first, last] of [
      [layout.eras[0], 'Event 2', 'Event 4'],
      [layout.eras[1], 'Event 7', 'Event 9'],
    ] as const) {
      const firstRow = drawn.find((r) => r.title === first);
      const lastRow = drawn.find((r) => r.title === last);
      // The name's line is the band's top, and the first row starts under it.
      expect(firstRow?.top).toBe((band?.top ?? 0) + GEOMETRY.rowHeight);
      expect(band?.bottom).toBeGreaterThanOrEqual(lastRow?.bottom ?? Infinity);
      // No row of another time is inside the band.
      for (const row of drawn.filter(
        (r) => r.top >= (band?.top ?? 0) && r.top < (band?.bottom ?? 0),
      ))
        expect(Number(row.title.split(' ')[1])).toBeGreaterThanOrEqual(Number(first.split(' ')[1]));
    }
    const [early, later] = layout.eras;
    expect(early?.bottom).toBeLessThanOrEqual(later?.top ?? 0);
  });

  it('adds nothing where a timeline has no eras', () => {
    const plain = lay(timeline([]));
    const withEra = lay(timeline([era('Early years', 2, 5)]));
    expect(plain.eras).toEqual([]);
    expect(withEra.height).toBe(plain.height + GEOMETRY.rowHeight);
  });

  it('draws no band for an era with no event in view', () => {
    const t = timeline([era('Before it all', -30, -20), era('Early years', 2, 5)]);
    expect(lay(t).eras.map((e) => e.label)).toEqual(['Early years']);
    // Zoomed in past the era: not drawn, and its events' rows are not moved down.
    const zoomed = lay(t, 390, { start: at(6), end: at(9.5) });
    expect(zoomed.eras).toEqual([]);
  });

  it('heads a view that begins inside an era with its name', () => {
    const t = timeline([era('Early years', 2, 6)]);
    const layout = lay(t, 390, { start: at(3.5), end: at(9) });
    expect(layout.eras.map((e) => e.label)).toEqual(['Early years']);
    expect(layout.eras[0]?.top).toBe(VERTICAL.rowGap);
  });

  it('shortens a name wider than the phone with "…", keeping it whole as the label', () => {
    const long = 'An era whose name is far too long for any phone to show on one line at all';
    const layout = lay(timeline([era(long, 2, 5)]), 240);
    const band = layout.eras[0];
    expect(band?.label).toBe(long);
    expect(band?.name.endsWith('…')).toBe(true);
    // Drawn at the eras' size, within the text's width.
    expect((measure(band?.name ?? '') * ERA_FONT_SIZE) / 13).toBeLessThanOrEqual(
      240 - VERTICAL.text,
    );
  });
});
