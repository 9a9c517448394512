/**
 * The "Export and cite" menu's panel (ExportMenu.tsx): the dataset as JSON (our format) or CSV
 * (the TimelineJS sheet layout), the source text, the current view as SVG or PNG (2×), and "Cite
 * this timeline". Loaded when the menu is first opened (or about to be), so readers who never
 * export download none of it; the exporters themselves load on first use. State is read when a
 * button is pressed, so zooming does not re-render the panel.
 */
import { Suspense, lazy, useCallback, useRef, useState } from 'react';
import { slugify } from '../../model/slugId.ts';
import type { SourcelineState } from '../../store/createSourcelineStore.ts';
import { useSourceline, useSourcelineStore } from '../../store/StoreContext.tsx';
import { downloadFile } from './downloadFile.ts';
import { useTranslator } from '../i18n/translator.tsx';

const CiteDialog = lazy(() =>
  import('./CiteDialog.tsx').then((module) => ({ default: module.CiteDialog })),
);

type Export = (state: SourcelineState, base: string) => Promise<string>;

const toJson: Export = async ({ timeline }, base) => {
  const { exportJson } = await import('../../formats/exportJson.ts');
  downloadFile(exportJson(timeline), `${base}.json`, 'application/json');
  return `${base}.json`;
};

const toCsv: Export = async ({ timeline }, base) => {
  const [{ exportCsv }, { timelineToDataset }] = await Promise.all([
    import('../../formats/exportCsv.ts'),
    import('../../formats/exportJson.ts'),
  ]);
  downloadFile(exportCsv(timelineToDataset(timeline)), `${base}.csv`, 'text/csv;charset=utf-8');
  return `${base}.csv`;
};

/** The text of the source the article shows (of several, the one the reader is reading). */
const toSource: Export = ({ timeline, shownSourceId }) => {
  const source = timeline.sources.find((s) => s.id === shownSourceId) ?? timeline.sources[0];
  if (!source) return Promise.resolve('');
  downloadFile(source.text, source.file, 'text/plain;charset=utf-8');
  return Promise.resolve(source.file);
};

const toSvg: Export = async ({ timeline, domain, warp }, base) => {
  const { exportSvg } = await import('../../layout/export/exportSvg.ts');
  downloadFile(exportSvg(timeline, domain, undefined, warp), `${base}.svg`, 'image/svg+xml');
  return `${base}.svg`;
};

const toPng: Export = async ({ timeline, domain, warp }, base) => {
  const [{ exportScene }, { exportPng }] = await Promise.all([
    import('../../layout/export/exportScene.ts'),
    import('./exportPng.ts'),
  ]);
  downloadFile(
    await exportPng(exportScene(timeline, domain, undefined, warp), 2),
    `${base}.png`,
    'image/png',
  );
  return `${base}.png`;
};

export default function ExportPanel() {
  const store = useSourcelineStore();
  const { t } = useTranslator();
  const hasSource = useSourceline((s) => s.timeline.sources.length > 0);
  const [status, setStatus] = useState('');
  const [citing, setCiting] = useState(false);
  const citeButton = useRef<HTMLButtonElement>(null);
  const closeCite = useCallback(() => {
    setCiting(false);
    citeButton.current?.focus();
  }, []);

  // Exporters load at their own pace: only the latest request may speak in the status line.
  const latest = useRef(0);
  const run = (save: Export) => {
    const request = ++latest.current;
    const state = store.getState();
    const base = slugify(state.timeline.title) || 'timeline';
    const say = (text: string) => {
      if (request === latest.current) setStatus(text);
    };
    setStatus(t('Preparing…'));
    save(state, base).then(
      (file) => say(file ? t('Saved {file}', { file }) : ''),
      (error: unknown) =>
        say(
          t('Could not export: {reason}', {
            reason: error instanceof Error ? error.message : String(error),
          }),
        ),
    );
  };

  return (
    <>
      <div className="export-menu__panel">
        <div role="group" aria-label={t('Download the dataset')} className="export-menu__group">
          <button type="button" className="button" onClick={() => run(toJson)}>
            {t('Dataset (JSON)')}
          </button>
          <button type="button" className="button" onClick={() => run(toCsv)}>
            {t('Dataset (CSV, TimelineJS sheet)')}
          </button>
          {hasSource && (
            <button type="button" className="button" onClick={() => run(toSource)}>
              {t('Source text (TXT)')}
            </button>
          )}
        </div>
        <div
          role="group"
          aria-label={t('Save this view as a picture')}
          className="export-menu__group"
        >
          <button type="button" className="button" onClick={() => run(toSvg)}>
            {t('This view (SVG)')}
          </button>
          <button type="button" className="button" onClick={() => run(toPng)}>
            {t('This view (PNG, 2×)')}
          </button>
        </div>
        <div className="export-menu__group">
          <button
            ref={citeButton}
            type="button"
            className="button"
            aria-haspopup="dialog"
            onClick={() => setCiting(true)}
          >
            {t('Cite this timeline')}
          </button>
        </div>
        <p className="export-menu__status" role="status">
          {status}
        </p>
      </div>
      {citing && (
        <Suspense fallback={null}>
          <CiteDialog onClose={closeCite} />
        </Suspense>
      )}
    </>
  );
}
