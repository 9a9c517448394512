/**
 * What the marks mean: shape for precision, edges for approximation, hatching for uncertainty,
 * clusters and breaks. The items (LegendItems.tsx) load the first time it is opened: they are
 * not needed for the first draw, and the prerendered page shows it closed.
 */
import { Suspense, lazy, useState } from 'react';
import { useTranslator } from '../i18n/translator.tsx';

const LegendItems = lazy(() => import('./LegendItems.tsx'));

export function Legend() {
  const { t } = useTranslator();
  const [opened, setOpened] = useState(false);
  return (
    <details className="legend" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t('Legend')}</summary>
      {opened && (
        <Suspense fallback={null}>
          <LegendItems />
        </Suspense>
      )}
    </details>
  );
}
