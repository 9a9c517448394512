/** The embed's way out: the full view (timeline beside the whole article) in a new tab. */
import { fullViewUrl } from '../../store/fullViewUrl.ts';
import { useSourceline } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function OpenFullLink() {
  const selectedId = useSourceline((s) => s.selectedId);
  const { t } = useTranslator();
  // A new tab, never the frame itself: the host article must stay where the reader left it.
  return (
    <a
      className="open-full-link"
      href={fullViewUrl(window.location.href, selectedId)}
      target="_blank"
      rel="noopener"
    >
      {t('Open full timeline')}
      <span aria-hidden="true"> ↗</span>
      <span className="visually-hidden"> {t('(opens in a new tab)')}</span>
    </a>
  );
}
