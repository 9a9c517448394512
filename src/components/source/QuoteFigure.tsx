/**
 * One cited passage as a block quote, word for word, attributed to the article and to the
 * live-blog byline it sits under. Shared by the slides and the printed handout.
 */
import type { AttributedQuote } from '../../layout/present/slides.ts';
import { sourceShortLabel } from '../../model/quotes/sourceCitation.ts';

/** Props: the quote (with its source) and the class of the figure. */
export interface QuoteFigureProps {
  quote: AttributedQuote;
  className: string;
}

export function QuoteFigure({ quote, className }: QuoteFigureProps) {
  const { source } = quote;
  return (
    <figure className={className}>
      <blockquote cite={source.url} lang={source.language}>
        {quote.citation.exact}
      </blockquote>
      <figcaption>
        — {sourceShortLabel(source)}
        {quote.byline && <span className="quote-byline"> · {quote.byline}</span>}
      </figcaption>
    </figure>
  );
}
