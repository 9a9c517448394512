import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GEOMETRY } from '../../../src/layout/timeline/geometry.ts';
import { createLanePacker } from '../../../src/layout/timeline/placeLane.ts';
import type { Candidate, Placement } from '../../../src/layout/timeline/placeLane.ts';

/** Places the candidates in order; the index of the first that finds no row, if one does not. */
function placeLane(
  candidates: readonly Candidate[],
  rows: number,
  width: number,
): { ok: true; placements: Placement[] } | { ok: false; failedAt: number } {
  const packer = createLanePacker(rows, width);
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c && !packer.place(c)) return { ok: false, failedAt: i };
  }
  return { ok: true, placements: packer.placements() };
}

/** The horizontal extent an item occupies: its mark and, if shown, its label. */
function extent(c: Candidate, p: Placement): [number, number] {
  const left = p.labelWidth > 0 ? Math.min(c.markLeft, p.labelLeft) : c.markLeft;
  const right = p.labelWidth > 0 ? Math.max(c.markRight, p.labelLeft + p.labelWidth) : c.markRight;
  return [left, right];
}

/** Pairs of items in the same row whose extents come closer than the gap. */
function collisions(candidates: Candidate[], placements: Placement[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < placements.length; i++) {
    for (let j = i + 1; j < placements.length; j++) {
      const a = placements[i];
      const b = placements[j];
      const ca = candidates[i];
      const cb = candidates[j];
      if (!a || !b || !ca || !cb || a.row !== b.row) continue;
      const [a0, a1] = extent(ca, a);
      const [b0, b1] = extent(cb, b);
      if (a0 < b1 + GEOMETRY.gap - 1e-9 && b0 < a1 + GEOMETRY.gap - 1e-9) found.push(`${i}~${j}`);
    }
  }
  return found;
}

const candidate = fc
  .record({
    x: fc.double({ min: -50, max: 1000, noNaN: true }),
    span: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 400, noNaN: true })),
    label: fc.integer({ min: 0, max: 300 }),
  })
  .map(({ x, span, label }) =>
    span === 0
      ? { markLeft: x - 6, markRight: x + 6, labelWidth: label }
      : { markLeft: x, markRight: x + Math.max(6, span), labelWidth: label },
  );

describe('placeLane', () => {
  it('puts a lone item in the first row with its whole label on the right', () => {
    const result = placeLane([{ markLeft: 100, markRight: 112, labelWidth: 80 }], 3, 800);
    expect(result).toEqual({
      ok: true,
      placements: [{ row: 0, labelLeft: 112 + GEOMETRY.labelGap, labelWidth: 80 }],
    });
  });

  it('stacks items whose labels would overlap into further rows', () => {
    const result = placeLane(
      [
        { markLeft: 100, markRight: 112, labelWidth: 200 },
        { markLeft: 150, markRight: 162, labelWidth: 200 },
      ],
      3,
      800,
    );
    expect(result.ok && result.placements.map((p) => p.row)).toEqual([0, 1]);
  });

  it('puts the label on the left of a mark near the right edge', () => {
    const result = placeLane([{ markLeft: 780, markRight: 792, labelWidth: 120 }], 1, 800);
    if (!result.ok) throw new Error('should place');
    const [p] = result.placements;
    expect(p?.labelLeft).toBe(780 - GEOMETRY.labelGap - 120);
    expect(p?.labelWidth).toBe(120);
  });

  it("clips a neighbour's label rather than fail when every row is taken", () => {
    const result = placeLane(
      [
        { markLeft: 100, markRight: 112, labelWidth: 300 },
        { markLeft: 200, markRight: 212, labelWidth: 50 },
      ],
      1,
      800,
    );
    if (!result.ok) throw new Error('should place');
    const [first, second] = result.placements;
    expect(first?.labelWidth).toBe(200 - GEOMETRY.gap - first!.labelLeft);
    expect(second?.row).toBe(0);
  });

  // In pixels, not in the constant's name, so that a threshold back at 30 px fails here.
  it('drops a label clipped to a few letters, and keeps one clipped to about a word', () => {
    const squeezed = (nextAt: number) =>
      placeLane(
        [
          { markLeft: 100, markRight: 112, labelWidth: 300 },
          { markLeft: nextAt, markRight: nextAt + 12, labelWidth: 50 },
        ],
        1,
        800,
      );
    // 40 px of room once the neighbour's gap is kept: "Ac…", not a label.
    const few = squeezed(112 + GEOMETRY.labelGap + 40 + GEOMETRY.gap);
    expect(few.ok && few.placements[0]?.labelWidth).toBe(0);
    // 64 px: "Report o…".
    const word = squeezed(112 + GEOMETRY.labelGap + 64 + GEOMETRY.gap);
    expect(word.ok && word.placements[0]?.labelWidth).toBe(64);
  });

  it('shows a short title whole however narrow it is', () => {
    const result = placeLane([{ markLeft: 100, markRight: 112, labelWidth: 24 }], 1, 800);
    expect(result.ok && result.placements[0]?.labelWidth).toBe(24);
  });

  it('drops a label that only a few letters of would fit before the view ends', () => {
    // A mark 40 px from the right edge, its label too long for the left: nothing, not "Tr…".
    const result = placeLane([{ markLeft: 740, markRight: 752, labelWidth: 800 }], 1, 800);
    expect(result.ok && result.placements[0]?.labelWidth).toBe(0);
  });

  it('writes a label over its own mark only inside a span that runs off the view', () => {
    // 54 px of room right of the dot, no room on its left: beside it and too short, so none.
    const near = placeLane([{ markLeft: 730, markRight: 742, labelWidth: 800 }], 1, 800);
    expect(near.ok && near.placements[0]).toEqual({ row: 0, labelLeft: 746, labelWidth: 0 });
    // A span running off the view holds its label inside it.
    const span = placeLane([{ markLeft: 700, markRight: 900, labelWidth: 800 }], 1, 800);
    expect(span.ok && span.placements[0]).toEqual({ row: 0, labelLeft: 704, labelWidth: 96 });
    // A span ending 59 px short of the edge: its label is not written over it, and 55 px
    // beside it is too little, so it has none.
    const short = placeLane([{ markLeft: 600, markRight: 741, labelWidth: 800 }], 1, 800);
    expect(short.ok && short.placements[0]).toEqual({ row: 0, labelLeft: 745, labelWidth: 0 });
  });

  it('fails (so the caller clusters) when marks themselves overlap in every row', () => {
    const marks = [0, 1, 2, 3].map((i) => ({
      markLeft: 100 + i,
      markRight: 112 + i,
      labelWidth: 40,
    }));
    expect(placeLane(marks, 3, 800)).toEqual({ ok: false, failedAt: 3 });
  });

  it('never lets two items in one row overlap, and keeps labels inside the view', () => {
    fc.assert(
      fc.property(
        fc.array(candidate, { maxLength: 40 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 200, max: 1400 }),
        (raw, rows, width) => {
          const candidates = [...raw].sort((a, b) => a.markLeft - b.markLeft);
          const result = placeLane(candidates, rows, width);
          if (!result.ok) return;
          expect(collisions(candidates, result.placements)).toEqual([]);
          result.placements.forEach((p, i) => {
            const desired = candidates[i]?.labelWidth ?? 0;
            expect(p.row).toBeGreaterThanOrEqual(0);
            expect(p.row).toBeLessThan(rows);
            if (p.labelWidth > 0) {
              expect(p.labelLeft).toBeGreaterThanOrEqual(0);
              expect(p.labelLeft + p.labelWidth).toBeLessThanOrEqual(width + 1e-9);
              expect(p.labelWidth).toBeLessThanOrEqual(desired);
              expect(p.labelWidth).toBeGreaterThanOrEqual(
                Math.min(desired, GEOMETRY.minShortenedLabel),
              );
              // A dot's label is beside it, never over it (only a span can hold its label).
              const c = candidates[i];
              if (c && c.markRight - c.markLeft <= GEOMETRY.pointSize) {
                const clear =
                  p.labelLeft >= c.markRight || p.labelLeft + p.labelWidth <= c.markLeft;
                expect(clear).toBe(true);
              }
            }
          });
        },
      ),
    );
  });
});
