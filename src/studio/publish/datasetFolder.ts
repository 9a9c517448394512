/**
 * The draft as a dataset folder for a repository (`data/<slug>/` in this one): `timeline.json`
 * naming its source text `source.txt` beside it, the text itself, and a short README.md. Pure;
 * datasetZip.ts packs it.
 */
import { slugify } from '../../model/slugId.ts';
import type { Draft } from '../draft.ts';
import { draftToDataset } from '../draft.ts';

/** The source text's file name inside the folder. */
export const SOURCE_FILE = 'source.txt';

/** A folder's name and its files (path inside the zip → text). */
export interface DatasetFolder {
  slug: string;
  files: Record<string, string>;
}

/** The folder for a draft: `<slug>/timeline.json`, `<slug>/source.txt`, `<slug>/README.md`. */
export function datasetFolder(draft: Draft): DatasetFolder {
  const dataset = draftToDataset(draft);
  const slug = slugify(dataset.title) || 'timeline';
  if (dataset.source) {
    const { text: _text, ...source } = dataset.source;
    dataset.source = { ...source, file: SOURCE_FILE };
  }
  const text = draft.source.text;
  return {
    slug,
    files: {
      [`${slug}/timeline.json`]: `${JSON.stringify(dataset, null, 2)}\n`,
      [`${slug}/${SOURCE_FILE}`]: text.endsWith('\n') ? text : `${text}\n`,
      [`${slug}/README.md`]: readme(slug, dataset.title, draft),
    },
  };
}

function readme(slug: string, title: string, draft: Draft): string {
  const { publisher, published, url } = draft.source;
  const from = [publisher.trim(), published].filter(Boolean).join(', ');
  const n = draft.events.length;
  return [
    `# ${title}`,
    '',
    `A Sourceline timeline of ${n} ${n === 1 ? 'event' : 'events'}, every one citing the exact words of its source` +
      `${from ? ` (${from})` : ''}${url.trim() ? `: ${url.trim()}` : ''}.`,
    '',
    `- \`timeline.json\`: the dataset (events, dates, lanes and citations as TextQuoteSelectors).`,
    `- \`${SOURCE_FILE}\`: the source text the citations point into, word for word.`,
    '',
    `Put this folder in a Sourceline repository as \`data/${slug}/\` and check it with`,
    `\`npm run validate data/${slug}\`, or publish \`timeline.json\` (with \`${SOURCE_FILE}\` beside it) on`,
    'the same site as the reader and open it with `index.html?data=<its address>`.',
    '',
  ].join('\n');
}
