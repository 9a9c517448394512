/**
 * Sourceline Studio (studio.html): anyone makes a cited timeline of their own article, in the
 * browser, with no code (docs/studio.md; the contract is docs/interfaces.md, "Studio").
 *
 * This folder: Studio (the page), SourceForm (the article), ProposalList (Find dates),
 * EventEditor (the events), Preview (the reader's timeline, and the validator's problems),
 * CiteSelection (cite the selected words), draft.ts (the draft and its dataset), useDraft.ts
 * (undo, redo) with saveDraft.ts (kept in the browser), dates/ (the date finder, in a Web
 * Worker), downloadDataset.ts (one JSON file, the text inside it), studioMain.tsx, studio.css.
 */
import { useDeferredValue, useRef, useState } from 'react';
import { CiteSelection } from './CiteSelection.tsx';
import { downloadDataset } from './downloadDataset.ts';
import { EventEditor } from './EventEditor.tsx';
import { Preview } from './Preview.tsx';
import { ProposalList } from './ProposalList.tsx';
import { SourceForm } from './SourceForm.tsx';
import { useDraft } from './useDraft.ts';

/** Props: the storage to keep the draft in (tests pass their own). */
export interface StudioProps {
  storage?: Storage | null;
}

export function Studio({ storage }: StudioProps) {
  const api = useDraft(storage);
  const textArea = useRef<HTMLTextAreaElement>(null);
  const [downloadMessage, setDownloadMessage] = useState('');
  // The preview compiles the whole draft: it follows typing without holding a key press up.
  const deferred = useDeferredValue(api.draft);

  return (
    <div className="studio">
      <header className="studio__header">
        <h1>Sourceline Studio</h1>
        <p>
          Make a timeline of your own article: paste it, find its dates, add the events, download
          the dataset. Every event cites the article’s own words. Your draft stays in this browser
          and is saved as you type.
        </p>
        <div className="studio__toolbar">
          <button
            type="button"
            className="button"
            onClick={api.undo}
            aria-disabled={!api.canUndo || undefined}
          >
            Undo
          </button>
          <button
            type="button"
            className="button"
            onClick={api.redo}
            aria-disabled={!api.canRedo || undefined}
          >
            Redo
          </button>
          <button
            type="button"
            className="button studio__primary"
            onClick={() => setDownloadMessage(downloadDataset(api.draft))}
          >
            Download dataset
          </button>
          <a href="./index.html">Open the reader</a>
        </div>
        <p className="studio__message" role="status">
          {api.saveProblem ?? ''} {downloadMessage}
        </p>
      </header>
      <main className="studio__main">
        <div className="studio__column">
          <SourceForm api={api} textArea={textArea} />
          <CiteSelection api={api} textArea={textArea} />
          <ProposalList api={api} />
        </div>
        <div className="studio__column">
          <Preview draft={deferred} />
          <EventEditor api={api} />
        </div>
      </main>
    </div>
  );
}
