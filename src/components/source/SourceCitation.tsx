/**
 * A source named in the reader's language: "“Title”, The New York Times, 17 March 2023" (full)
 * or "The New York Times, 17 March 2023" (short, the title when there is no publisher). The
 * dataset's words each go in a `<bdi>` of their own and the day is written by the chrome, outside
 * them: in one isolate together, an English title made the whole citation left to right, and an
 * Arabic day inside it ("17 مارس 2023") was drawn in the wrong order ("17 2023 مارس"). The
 * separators and quotation marks are the message's, so each language has its own ("«…»، …").
 */
import type { SourceDocument } from '../../model/timeline.ts';
import { publishedLabel } from '../../model/dates/publishedLabel.ts';
import { slots, withElements } from '../i18n/messageParts.tsx';
import { useTranslator } from '../i18n/translator.tsx';
import { Bdi } from '../ui/Bdi.tsx';

/** Props: the source, and whether to name it in full (with its title) or short. */
export interface SourceCitationProps {
  source: SourceDocument;
  form: 'full' | 'short';
}

export function SourceCitation({ source, form }: SourceCitationProps) {
  const { t, instant } = useTranslator();
  const published = publishedLabel(source.published, instant);
  if (form === 'short') {
    return withElements(t('{publisher}, {published}', { ...slots('publisher'), published }), {
      publisher: <Bdi>{source.publisher ?? source.title}</Bdi>,
    });
  }
  const title = <Bdi>{source.title}</Bdi>;
  if (source.publisher === undefined) {
    return withElements(t('“{title}”, {published}', { ...slots('title'), published }), { title });
  }
  return withElements(
    t('“{title}”, {publisher}, {published}', { ...slots('title', 'publisher'), published }),
    { title, publisher: <Bdi>{source.publisher}</Bdi> },
  );
}
