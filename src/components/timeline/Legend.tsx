/** What the marks mean: shape for precision, edges for approximation, hatching for uncertainty. */
export function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="point"
            aria-hidden="true"
          />{' '}
          an exact day
        </li>
        <li>
          <span className="legend__swatch event-mark__shape" data-shape="span" aria-hidden="true" />{' '}
          a span: an interval, or a date known only to the month or year
        </li>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="span"
            data-approximate="true"
            aria-hidden="true"
          />{' '}
          dashed, faded edges: approximate (“c.”)
        </li>
        <li>
          <span
            className="legend__swatch event-mark__shape"
            data-shape="span"
            data-uncertain="true"
            aria-hidden="true"
          />{' '}
          hatched: uncertain (“?”)
        </li>
        <li>
          <span className="legend__swatch cluster-mark" aria-hidden="true">
            12
          </span>{' '}
          several events too close to show apart: activate to zoom in
        </li>
      </ul>
      <p>
        Zoom with the wheel, a pinch, the buttons or + and −; drag to pan; arrow keys move between
        events.
      </p>
    </details>
  );
}
