/**
 * A source named (SourceCitation): the dataset's words each in a <bdi> of their own, the day
 * the chrome's, outside them, and the quotation marks and commas the reader's language's.
 */
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import ar from '../../src/components/i18n/catalogs/ar.ts';
import fr from '../../src/components/i18n/catalogs/fr.ts';
import { SourceCitation } from '../../src/components/source/SourceCitation.tsx';
import type { SourceDocument } from '../../src/model/timeline.ts';
import { inLanguage } from '../support/inLanguage.tsx';

const SOURCE: SourceDocument = {
  id: 'article',
  title: 'The court acts',
  publisher: 'The Daily',
  published: '2023-03-17',
  file: 'article.txt',
  text: 'The court acts.',
};

function cited(source: SourceDocument, form: 'full' | 'short', wrap = (node: JSX.Element) => node) {
  const { container } = render(wrap(<p>{<SourceCitation source={source} form={form} />}</p>));
  const paragraph = container.querySelector('p') as HTMLElement;
  return {
    text: paragraph.textContent,
    isolated: [...paragraph.querySelectorAll('bdi')].map((bdi) => bdi.textContent),
  };
}

describe('SourceCitation', () => {
  it('names a source in full: its title in quotation marks, its publisher, its day', () => {
    expect(cited(SOURCE, 'full')).toEqual({
      text: '“The court acts”, The Daily, 17 March 2023',
      isolated: ['The court acts', 'The Daily'],
    });
  });

  it('leaves out a publisher the source does not have, and names it short by its title then', () => {
    const { publisher: _publisher, ...withoutPublisher } = SOURCE;
    expect(cited(withoutPublisher, 'full')).toEqual({
      text: '“The court acts”, 17 March 2023',
      isolated: ['The court acts'],
    });
    expect(cited(withoutPublisher, 'short')).toEqual({
      text: 'The court acts, 17 March 2023',
      isolated: ['The court acts'],
    });
    expect(cited(SOURCE, 'short')).toEqual({
      text: 'The Daily, 17 March 2023',
      isolated: ['The Daily'],
    });
  });

  it('in French and Arabic, with their marks and commas, the day theirs and not isolated', () => {
    expect(cited(SOURCE, 'full', (node) => inLanguage('fr', fr, node)).text).toBe(
      '« The court acts », The Daily, 17 mars 2023',
    );
    expect(cited(SOURCE, 'full', (node) => inLanguage('ar', ar, node))).toEqual({
      text: '«The court acts»، The Daily، 17 مارس 2023',
      isolated: ['The court acts', 'The Daily'],
    });
  });
});
