/**
 * The timeline's description. On a phone it is cut to three lines, so the timeline itself is in
 * the first screenful, with a button to read the rest (the button is hidden on wider screens).
 */
import { useId, useState } from 'react';
import { useTranslator } from '../i18n/translator.tsx';

/** Props: the description text. */
export interface DescriptionProps {
  text: string;
}

export function Description({ text }: DescriptionProps) {
  const { t } = useTranslator();
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  return (
    <div className="description">
      <p id={id} className="browse__description" data-expanded={expanded || undefined}>
        {text}
      </p>
      <button
        type="button"
        className="link-button description__toggle"
        aria-expanded={expanded}
        aria-controls={id}
        onClick={() => setExpanded(!expanded)}
      >
        {expanded ? t('Show less') : t('Read more')}
      </button>
    </div>
  );
}
