/**
 * Chooses the mode's shell. Modes are state in the one store: they change layout and chrome,
 * never the data or the actions.
 */
import { lazy, Suspense } from 'react';
import { useSourceline } from '../store/StoreContext.tsx';
import { useTranslator } from '../components/i18n/translator.tsx';
import { BrowseMode } from '../modes/BrowseMode.tsx';
import { SizedForHost } from '../components/embed/SizedForHost.tsx';
import { BrowseToolbar } from '../components/browse/BrowseToolbar.tsx';
import { Handout } from '../components/print/Handout.tsx';

// Loaded only when presenting, or embedded, so their code is not part of the first download.
const PresentMode = lazy(() =>
  import('../modes/PresentMode.tsx').then((m) => ({ default: m.PresentMode })),
);
const EmbedMode = lazy(() =>
  import('../modes/EmbedMode.tsx').then((m) => ({ default: m.EmbedMode })),
);

export function ModeSwitch() {
  const embed = useSourceline((s) => s.embed);
  const mode = useSourceline((s) => s.mode);
  const { t } = useTranslator();
  return (
    <div className={embed ? 'app app--embed' : 'app'}>
      {mode === 'present' ? (
        <PresentShell embed={embed} />
      ) : embed ? (
        <Suspense fallback={<p role="status">{t('Loading the timeline')}…</p>}>
          <EmbedMode />
        </Suspense>
      ) : (
        <BrowseMode toolbar={<BrowseToolbar />} />
      )}
      <Handout />
    </div>
  );
}

/** The presentation, which in an embed reports its height to the host like the embed does. */
function PresentShell({ embed }: { embed: boolean }) {
  const { t } = useTranslator();
  const presentation = (
    <Suspense fallback={<p role="status">{t('Loading the presentation…')}</p>}>
      <PresentMode />
    </Suspense>
  );
  return embed ? <SizedForHost>{presentation}</SizedForHost> : presentation;
}
