/**
 * Behind the rows of the vertical view: the eras' bands, each headed by its name, the time rail,
 * and its breaks over long empty stretches.
 */
import { VERTICAL } from '../../layout/timeline/layoutVertical.ts';
import { useTranslator } from '../i18n/translator.tsx';
import type { Translator } from '../i18n/translator.tsx';
import { BackdropSvg } from './HorizontalBackdrop.tsx';
import type { BackdropProps } from './HorizontalBackdrop.tsx';

const YEAR = 365.2425 * 86_400_000;

export function VerticalBackdrop({ view, width }: BackdropProps) {
  const { railBreaks, railEras, height } = view;
  const { t } = useTranslator();
  return (
    <BackdropSvg width={width} height={height}>
      {railEras.map((era) => (
        <g key={era.key} className="timeline__era">
          {era.name !== era.label && <title>{era.label}</title>}
          <rect x={0} y={era.top} width={width} height={era.bottom - era.top} />
          <text x={VERTICAL.text} y={era.top + 14}>
            {era.name}
          </text>
        </g>
      ))}
      <line className="timeline__rail" x1={VERTICAL.rail} x2={VERTICAL.rail} y1={0} y2={height} />
      {railBreaks.map((b) => (
        <g key={b.from} className="timeline__break">
          <rect x={VERTICAL.rail - 6} y={b.y - 5} width={12} height={10} />
          <path
            d={`M${VERTICAL.rail - 6} ${b.y - 2} l12 -5 M${VERTICAL.rail - 6} ${b.y + 5} l12 -5`}
          />
          <text x={VERTICAL.text} y={b.y + 4}>
            {gapLabel(b.from, b.to, t)}
          </text>
        </g>
      ))}
    </BackdropSvg>
  );
}

/** "23 years later", "5 months later": how long a compressed stretch is, in the page's words. */
export function gapLabel(from: number, to: number, t: Translator['t']): string {
  const years = (to - from) / YEAR;
  if (years >= 2) return t('{count} years later', { count: Math.round(years) });
  const months = Math.round(years * 12);
  if (months >= 2) return t('{count} months later', { count: months });
  return t('later');
}
