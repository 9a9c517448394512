/**
 * Sourceline Studio (studio.html): anyone makes a cited timeline of their own article, in the
 * browser, with no code (docs/studio.md; the contract is docs/interfaces.md, "Studio").
 *
 * This folder: Studio (the page), SourceForm (the article, or a file brought in:
 * openFile.ts), ProposalList (Find dates), EventEditor (the events), Preview (the reader's
 * timeline, and the validator's problems), CiteSelection (cite the selected words), draft.ts
 * (the draft and its dataset), useDraft.ts (undo, redo), drafts/ (several drafts in IndexedDB),
 * dates/ (the date finder, in a Web Worker), downloadDataset.ts (one JSON file, the text inside
 * it), publish/ (zip, Web Annotations, embed snippet), studioMain.tsx, studio.css.
 */
import { useDeferredValue, useRef, useState } from 'react';
import { useTranslator } from '../components/i18n/translator.tsx';
import { parseUrlParams } from '../store/urlParams.ts';
import { CiteSelection } from './CiteSelection.tsx';
import { downloadDataset } from './downloadDataset.ts';
import { DraftList } from './drafts/DraftList.tsx';
import type { DraftRecord } from './drafts/draftStore.ts';
import { browserDraftStore } from './drafts/draftStore.ts';
import { browserStorage } from './drafts/legacyDraft.ts';
import { useDrafts } from './drafts/useDrafts.ts';
import type { DraftPlaces, DraftsApi } from './drafts/useDrafts.ts';
import { EventEditor } from './EventEditor.tsx';
import { Preview } from './Preview.tsx';
import { ProposalList } from './ProposalList.tsx';
import { PublishPanel } from './publish/PublishPanel.tsx';
import { SourceForm } from './SourceForm.tsx';
import { useDraft } from './useDraft.ts';

/** Props: where the drafts are kept (tests pass their own; the browser's by default). */
export interface StudioProps {
  places?: DraftPlaces;
}

function browserPlaces(): DraftPlaces {
  return {
    store: browserDraftStore(),
    legacy: browserStorage('localStorage'),
    session: browserStorage('sessionStorage'),
  };
}

export function Studio({ places }: StudioProps) {
  const [where] = useState(() => places ?? browserPlaces());
  const drafts = useDrafts(where);
  const { t } = useTranslator();
  return (
    <div className="studio">
      <header className="studio__header">
        <h1>{t('Sourceline Studio')}</h1>
        <p>
          {t(
            'Make a timeline of your own article: paste it, find its dates, add the events, download the dataset. Every event cites the article’s own words. Your drafts stay in this browser and are saved as you type.',
          )}
        </p>
        {drafts.saveProblem && (
          <p className="studio__alert" role="alert">
            {/* One of startDrafts.ts's SAVE_PROBLEM messages, each marked for the catalogs. */}
            {t(drafts.saveProblem)}
          </p>
        )}
      </header>
      {drafts.open ? (
        <Workspace key={drafts.open.id} record={drafts.open} drafts={drafts} />
      ) : (
        <main className="studio__main">
          <p className="studio__loading" role="status">
            {t('Opening your drafts…')}
          </p>
        </main>
      )}
    </div>
  );
}

/** One open draft: its history, the form, the proposals, the preview, the editor, publishing. */
function Workspace({ record, drafts }: { record: DraftRecord; drafts: DraftsApi }) {
  const api = useDraft(record.draft, drafts.save);
  const { t } = useTranslator();
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [downloadMessage, setDownloadMessage] = useState('');
  // The reader link keeps an explicit `?lang=`, as the reader's studio link does.
  const [lang] = useState(() => parseUrlParams(location.search, location.href).lang);
  // The preview compiles the whole draft: it follows typing without holding a key press up.
  const deferred = useDeferredValue(api.draft);

  return (
    <main className="studio__main">
      <div className="studio__top">
        <div className="studio__toolbar">
          <button
            type="button"
            className="button"
            onClick={api.undo}
            aria-disabled={!api.canUndo || undefined}
          >
            {t('Undo')}
          </button>
          <button
            type="button"
            className="button"
            onClick={api.redo}
            aria-disabled={!api.canRedo || undefined}
          >
            {t('Redo')}
          </button>
          <button
            type="button"
            className="button studio__primary"
            onClick={() => setDownloadMessage(downloadDataset(api.draft, t))}
          >
            {t('Download dataset')}
          </button>
          <a href={lang ? `./index.html?lang=${lang}` : './index.html'}>{t('Open the reader')}</a>
        </div>
        <p className="studio__message" role="status">
          {downloadMessage}
        </p>
        <DraftList drafts={drafts} />
      </div>
      <div className="studio__column">
        <SourceForm api={api} textArea={textArea} />
        <CiteSelection api={api} textArea={textArea} />
        <ProposalList api={api} />
      </div>
      <div className="studio__column">
        <Preview draft={deferred} />
        <EventEditor api={api} />
        <PublishPanel draft={api.draft} />
      </div>
    </main>
  );
}
