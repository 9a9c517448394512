/** The time axis, drawn by @visx/axis from ticks the layout chose (adaptive, collision-free). */
import { AxisBottom } from '@visx/axis';
import type { AxisTick } from '../../layout/axis/axisTicks.ts';
import type { TimeScale } from '../../layout/axis/timeScale.ts';

/** Props: the view's scale, its ticks, and where the axis sits. */
export interface TimelineAxisProps {
  scale: TimeScale;
  ticks: AxisTick[];
  top: number;
}

export function TimelineAxis({ scale, ticks, top }: TimelineAxisProps) {
  const labels = new Map(ticks.map((t) => [t.value.getTime(), t.label]));
  return (
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
  );
}
