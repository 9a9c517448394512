/**
 * "Print handout": the browser's print dialog, which prints the handout (see Handout.tsx), once
 * the handout's contents have loaded.
 */
import { loadHandoutBody } from './loadHandoutBody.ts';
import { useTranslator } from '../i18n/translator.tsx';

export function PrintButton() {
  const { t } = useTranslator();
  const print = () => {
    void loadHandoutBody().finally(() => window.print());
  };
  return (
    <button type="button" className="button" onClick={print}>
      {t('Print handout')}
    </button>
  );
}
