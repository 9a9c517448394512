/**
 * One cited passage as a block quote, word for word, attributed to the article and to the
 * live-blog byline it sits under. Shared by the slides and the printed handout, where the
 * passage also links to itself on the publisher's page (a Text Fragment link) when the source
 * has an address.
 */
import type { AttributedQuote } from '../../layout/present/slides.ts';
import { textFragmentUrl } from '../../model/quotes/textFragment.ts';
import { useTranslator } from '../i18n/translator.tsx';
import { Bdi } from '../ui/Bdi.tsx';
import { SourceCitation } from './SourceCitation.tsx';

/** Props: the quote (with its source), the class of the figure, and whether to link the page. */
export interface QuoteFigureProps {
  quote: AttributedQuote;
  className: string;
  linksToPage?: boolean;
}

export function QuoteFigure({ quote, className, linksToPage = false }: QuoteFigureProps) {
  const { source } = quote;
  const { t } = useTranslator();
  return (
    <figure className={className}>
      <blockquote cite={source.url} lang={source.language}>
        {quote.citation.exact}
      </blockquote>
      <figcaption>
        — <SourceCitation source={source} form="short" />
        {quote.byline && (
          <span className="quote-byline">
            {' · '}
            <Bdi>{quote.byline}</Bdi>
          </span>
        )}
        {linksToPage && source.url && (
          <>
            {' · '}
            <a href={textFragmentUrl(source.url, quote.citation, source.text)}>
              {t('Open on the publisher’s page')}
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}
