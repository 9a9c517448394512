/** "Present": switches to presentation mode, starting at the selected event (or the title slide). */
import { useActions } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import '../../styles/presentButton.css';

export function PresentButton() {
  const { setMode } = useActions();
  const { t } = useTranslator();
  return (
    <button type="button" className="button button--present" onClick={() => setMode('present')}>
      <span aria-hidden="true">▶ </span>
      {t('Present')}
    </button>
  );
}
