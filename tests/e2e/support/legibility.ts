/**
 * What a reader can read of the timeline, measured in the page as drawn: for each event button,
 * whether every line of its label is whole (no ellipsis: scrollWidth within clientWidth), inside
 * the timeline's box, and together the event's full title; and every pair of drawn boxes (marks
 * and label lines, of different events or a label over its own mark) that intersect.
 */
import type { Page } from 'playwright-core';

/** One view's legibility. */
export interface Legibility {
  /** Events in the timeline (from the list's name). */
  events: number;
  /** Event buttons drawn. */
  drawn: number;
  /** Of those, with their whole title readable. */
  whole: number;
  /** Ids of drawn events whose title is not whole. */
  cut: string[];
  clusters: number;
  /** Intersecting boxes, as "id(part) × id(part)". */
  overlaps: string[];
}

export function measureLegibility(page: Page): Promise<Legibility> {
  return page.evaluate(() => {
    const surface = document.querySelector('.timeline');
    const list = surface?.querySelector('[role="list"]');
    const events = Number(/^(\d+) events/.exec(list?.getAttribute('aria-label') ?? '')?.[1] ?? 0);
    const frame = surface?.getBoundingClientRect();
    const buttons = [...(surface?.querySelectorAll<HTMLElement>('.event-mark') ?? [])];
    const boxes: { id: string; part: string; r: DOMRect }[] = [];
    const cut: string[] = [];
    for (const button of buttons) {
      const id = button.dataset.eventId ?? '?';
      const title = (button.getAttribute('title') ?? '').split(' — ')[0] ?? '';
      const lines = [...button.querySelectorAll<HTMLElement>('.event-mark__line')];
      const shape = button.querySelector('.event-mark__shape');
      if (shape) boxes.push({ id, part: 'mark', r: shape.getBoundingClientRect() });
      let whole = lines.length > 0;
      lines.forEach((line, k) => {
        const r = line.getBoundingClientRect();
        // The text's own width, not the box's: a line box may be wider than its words.
        const range = document.createRange();
        range.selectNodeContents(line);
        const text = range.getBoundingClientRect();
        boxes.push({ id, part: `line ${k + 1}`, r: text });
        // No helper functions in here: the test runner's transform would rename them.
        const inside =
          frame !== undefined &&
          r.left >= frame.left - 0.5 &&
          r.right <= frame.right + 0.5 &&
          r.top >= frame.top - 0.5 &&
          r.bottom <= frame.bottom + 0.5;
        if (line.scrollWidth > line.clientWidth + 0.5 || !inside) whole = false;
      });
      const shown = lines.map((l) => l.textContent ?? '').join(' ');
      if (shown !== title) whole = false;
      if (!whole) cut.push(id);
    }
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (!a || !b || (a.id === b.id && a.part !== 'mark' && b.part !== 'mark')) continue;
        const hit =
          a.r.left < b.r.right - 0.5 &&
          b.r.left < a.r.right - 0.5 &&
          a.r.top < b.r.bottom - 0.5 &&
          b.r.top < a.r.bottom - 0.5;
        if (hit) overlaps.push(`${a.id}(${a.part}) × ${b.id}(${b.part})`);
      }
    }
    return {
      events,
      drawn: buttons.length,
      whole: buttons.length - cut.length,
      cut,
      clusters: surface?.querySelectorAll('.cluster-mark').length ?? 0,
      overlaps,
    };
  });
}
