/** Pixel constants of the timeline drawing, shared by layout and components. */
export const GEOMETRY = {
  /** Height of one slot of a lane: a row of marks, or one line of a wrapped label. */
  rowHeight: 20,
  /** Rows of marks per lane when clustered: more overlapping marks than this become a cluster. */
  rowsPerLane: 3,
  /** Height of the lane's name strip above its rows. */
  laneHeader: 20,
  /** Diameter of a point mark. */
  pointSize: 12,
  /** Narrowest a span is drawn. */
  minSpanWidth: 6,
  /** Clear space between two items in a row. */
  gap: 6,
  /** Space between a mark and its label. */
  labelGap: 4,
  /**
   * The narrowest room a label is laid out in: wrapping's floor where no side has more (legible,
   * vertical); at the clustered level, the room beside a span under which its label goes inside.
   */
  minLabelWidth: 30,
  /**
   * A shortened label narrower than this is dropped, its mark left bare (clustered level): cut to
   * 30 px it read "Ac…" or "Re…", a few letters that name nothing. At the label size this keeps
   * about a word ("Report o…", "Ruling on…"); the whole title is the mark's accessible name and
   * tooltip either way.
   */
  minShortenedLabel: 60,
  /** Width of one level-of-detail bin: events crowded into a bin become one cluster. */
  binWidth: 32,
  /** Height of the axis under the lanes. */
  axisHeight: 36,
  /**
   * Height of the strip under the last lane that holds the eras' names, on a timeline with eras:
   * in the last lane's rows they were drawn under its labels.
   */
  eraStrip: 18,
} as const;

/** Vertical extent of a lane with the given number of rows. */
export function laneHeight(rows: number = GEOMETRY.rowsPerLane): number {
  return GEOMETRY.laneHeader + rows * GEOMETRY.rowHeight;
}
