/**
 * The time axis, drawn by @visx/axis from ticks the layout chose (adaptive, collision-free), with
 * a break mark (two slanted strokes) where a long empty stretch is drawn shorter.
 */
import { AxisBottom } from '@visx/axis';
import type { AxisTick } from '../../layout/axis/axisTicks.ts';
import type { TimeScale } from '../../layout/axis/timeScale.ts';

/** Props: the view's scale, its ticks, and where the axis sits. */
export interface TimelineAxisProps {
  scale: TimeScale;
  ticks: AxisTick[];
  top: number;
  breaks: readonly { x: number; from: number }[];
}

export function TimelineAxis({ scale, ticks, top, breaks }: TimelineAxisProps) {
  const labels = new Map(ticks.map((t) => [t.value.getTime(), t.label]));
  return (
    <>
      <AxisBottom
        top={top}
        scale={scale}
        tickValues={ticks.map((t) => t.value.getTime())}
        tickFormat={(value) => labels.get(Number(value)) ?? ''}
        axisClassName="timeline-axis"
        stroke="currentColor"
        tickStroke="currentColor"
        tickLabelProps={{
          fill: 'currentColor',
          fontSize: 12,
          textAnchor: 'middle',
          fontFamily: 'inherit',
        }}
      />
      {breaks.map((b) => (
        <g key={b.from} className="timeline-axis__break" transform={`translate(${b.x}, ${top})`}>
          <rect x={-5} y={-6} width={10} height={12} />
          <path d="M-6 5 L-1 -5 M1 5 L6 -5" />
        </g>
      ))}
    </>
  );
}
