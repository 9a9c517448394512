/**
 * "5. Publish": the draft out of the studio besides "Download dataset" (in the toolbar): the
 * dataset folder as a zip for a repository, the citations as W3C Web Annotations, and the embed
 * snippet for the address the dataset will be published at.
 */
import { useState } from 'react';
import { downloadFile } from '../../components/export/downloadFile.ts';
import { useTranslator } from '../../components/i18n/translator.tsx';
import { slugify } from '../../model/slugId.ts';
import type { Draft } from '../draft.ts';
import { readyToDownload } from '../downloadDataset.ts';
import { datasetZip } from './datasetZip.ts';
import { EmbedSnippetField } from './EmbedSnippetField.tsx';
import { webAnnotations } from './webAnnotations.ts';

export function PublishPanel({ draft }: { draft: Draft }) {
  const [message, setMessage] = useState('');
  const { t } = useTranslator();

  const zip = async () => {
    const ready = readyToDownload(draft, t);
    if (!ready.ok) return setMessage(ready.problems);
    try {
      const { name, bytes } = await datasetZip(draft);
      downloadFile(
        new Blob([bytes as BlobPart], { type: 'application/zip' }),
        name,
        'application/zip',
      );
      setMessage(
        t('Downloaded {name}: a dataset folder (timeline.json, source.txt, README.md).', { name }),
      );
    } catch {
      setMessage(
        t('The zip could not be made (its code did not load): try again, or download the dataset.'),
      );
    }
  };

  const annotations = () => {
    const ready = readyToDownload(draft, t);
    if (!ready.ok) return setMessage(ready.problems);
    const collection = webAnnotations(draft);
    const name = `${slugify(draft.source.title) || 'timeline'}-annotations.jsonld`;
    downloadFile(`${JSON.stringify(collection, null, 2)}\n`, name, 'application/ld+json');
    const count = collection.total;
    setMessage(
      count === 1
        ? t('Downloaded {name}: 1 annotation (W3C Web Annotation, JSON-LD).', { name })
        : t('Downloaded {name}: {count} annotations (W3C Web Annotation, JSON-LD).', {
            name,
            count,
          }),
    );
  };

  return (
    <section className="studio__publish" aria-labelledby="studio-publish-heading">
      <h2 id="studio-publish-heading">{t('5. Publish')}</h2>
      <div className="studio__row">
        <button type="button" className="button" onClick={() => void zip()}>
          {t('Download zip')}
        </button>
        <button type="button" className="button" onClick={annotations}>
          {t('Download annotations')}
        </button>
      </div>
      <p className="studio__hint">
        {t(
          'The zip is a dataset folder for a repository; the annotations are every citation as W3C Web Annotations (JSON-LD), for annotation tools.',
        )}
      </p>
      <p className="studio__message" role="status">
        {message}
      </p>
      <EmbedSnippetField title={draft.source.title.trim() || t('Untitled article')} />
    </section>
  );
}
