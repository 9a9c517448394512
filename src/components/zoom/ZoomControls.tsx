/** On-screen zoom buttons: the keyboard and pointer alternative to wheel and pinch. */
import type { ViewCommand } from '../../store/createSourcelineStore.ts';
import { useActions } from '../../store/StoreContext.tsx';
import { useTranslator } from '../i18n/translator.tsx';

export function ZoomControls() {
  const { requestView } = useActions();
  const { t } = useTranslator();
  // Name, tooltip, text and command of each button.
  const buttons: [string, string, string, ViewCommand][] = [
    [t('Zoom in'), t('Zoom in (+)'), '+', { kind: 'zoom', factor: 2 }],
    [t('Zoom out'), t('Zoom out (−)'), '−', { kind: 'zoom', factor: 0.5 }],
    [t('Fit'), t('Show the whole timeline (0)'), t('Fit'), { kind: 'fit' }],
  ];
  return (
    <div className="zoom-controls" role="group" aria-label={t('Zoom')}>
      {buttons.map(([name, title, text, command], i) => (
        <button
          key={i}
          type="button"
          onClick={() => requestView(command)}
          aria-label={name}
          title={title}
        >
          {text}
        </button>
      ))}
    </div>
  );
}
