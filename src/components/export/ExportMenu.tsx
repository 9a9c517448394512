/**
 * Browse mode's "Export and cite" disclosure. Its panel (ExportPanel.tsx: the downloads, the
 * pictures and the citation) is made, and its code loaded, once the menu is first opened; the
 * code is asked for as soon as the pointer or the focus reaches the menu, so it is usually there
 * by the click. A closed <details> would otherwise hold the panel in the first download.
 */
import { Suspense, lazy, useState } from 'react';
import { useTranslator } from '../i18n/translator.tsx';
import '../../styles/exportMenu.css';

const loadPanel = () => import('./ExportPanel.tsx');
const ExportPanel = lazy(loadPanel);

export function ExportMenu() {
  const { t } = useTranslator();
  // Once opened, the panel stays: a file being prepared still reports in its status line.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="export-menu"
      onToggle={(e) => {
        if (e.currentTarget.open) setOpened(true);
      }}
    >
      <summary
        className="button"
        onPointerEnter={() => void loadPanel()}
        onFocus={() => void loadPanel()}
      >
        {t('Export and cite')}
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <ExportPanel />
        </Suspense>
      )}
    </details>
  );
}
