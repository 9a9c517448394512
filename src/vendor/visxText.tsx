/**
 * A stand-in for `@visx/text`, aliased in vite.config.ts. @visx/axis draws its tick labels with
 * `Text`, for word-wrapping and CSS-calc support we never use: our tick labels are pre-fitted so
 * they never collide (layout/axis/axisTicks.ts), and that machinery (math-expression-evaluator,
 * reduce-css-calc) would cost about 7 KB gzipped of the first download. This renders a plain SVG
 * <text>, ignoring visx's layout hints.
 */
import type { SVGProps } from 'react';

/** Props accepted by the stand-in: any SVG text attributes plus visx's layout hints, ignored. */
export type TextProps = SVGProps<SVGTextElement> & {
  verticalAnchor?: 'start' | 'middle' | 'end';
  angle?: number;
  scaleToFit?: boolean | 'shrink-only';
  width?: number;
};

/** A plain SVG text element. */
export function Text({
  verticalAnchor: _v,
  angle: _a,
  scaleToFit: _s,
  width: _w,
  children,
  ...rest
}: TextProps) {
  return <text {...rest}>{children}</text>;
}

export default Text;
