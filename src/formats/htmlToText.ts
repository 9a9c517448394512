/**
 * Imported HTML (TimelineJS headlines and texts, which are HTML fragments) reduced to plain text.
 * The result is only ever shown as text, never as markup, so this is about keeping the words and
 * dropping everything else, not about sanitising: tags go, entities are decoded, script and style
 * content is removed entirely, line and paragraph breaks are kept, and a link keeps its URL
 * beside its text, "text (https://…)", only when that URL is http(s). Emphasis cannot survive in
 * plain text, so bold and italic keep their words and lose their styling.
 */
import { decodeHTML, decodeHTMLAttribute } from 'entities/decode';
import { htmlTags } from './htmlTags.ts';
import type { ScanWork } from './htmlTags.ts';

/** Elements whose content is not readable text: dropped with everything inside them. */
const HIDDEN = ['script', 'style', 'template', 'noscript', 'textarea', 'title', 'iframe', 'object'];

/** Elements that start a new paragraph. */
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'table',
  'figure',
  'header',
  'footer',
  'pre',
  'hr',
]);

/** Elements that start a new line. */
const LINES = new Set(['br', 'li', 'tr', 'dt', 'dd', 'figcaption']);

/**
 * Plain text of an HTML fragment: words kept, markup dropped, http(s) link targets shown. Linear
 * in the length of `html` (`work` counts the tag scanner's steps, for the tests that say so).
 */
export function htmlToText(html: string, work?: ScanWork): string {
  // Most imported text is plain: with no tag and no entity, only the white space changes (the
  // same result as below, at a fraction of the cost: 100,000 TimelineJS events spent seconds here).
  if (!MARKUP_OR_ENTITY.test(html)) return textOf(html).trim();
  const visible = removeHidden(html.replace(/<!--[\s\S]*?(?:-->|$)/g, ''));
  let out = '';
  let link: { url: string; textStart: number } | null = null;
  let last = 0;
  for (const tag of htmlTags(visible, work)) {
    out += textOf(visible.slice(last, tag.index));
    last = tag.index + tag.length;
    const { closing } = tag;
    const name = tag.name.toLowerCase();
    if (name === 'a') {
      if (link) out += linkSuffix(link, out);
      link = closing ? null : { url: hrefOf(tag.attributes), textStart: out.length };
    } else if (BLOCKS.has(name)) {
      out += '\n\n';
    } else if (LINES.has(name) && !closing) {
      out += '\n';
    }
  }
  out += textOf(visible.slice(last));
  if (link) out += linkSuffix(link, out);
  return tidy(out);
}

/** A character only markup or an entity needs: without one, a text is plain. */
const MARKUP_OR_ENTITY = /[<&]/;

/** Each hidden element with its content, up to its end tag (an unclosed one runs to the end). */
const HIDDEN_ELEMENTS = HIDDEN.map(
  (name) => new RegExp(`<${name}\\b[\\s\\S]*?(?:<\\/${name}\\s*>|$)`, 'gi'),
);

/** Removes hidden elements with their content, one kind after another. */
function removeHidden(html: string): string {
  let text = html;
  for (const element of HIDDEN_ELEMENTS) text = text.replace(element, ' ');
  return text;
}

/** A text run between tags: entities decoded, white space collapsed as HTML renders it. */
function textOf(raw: string): string {
  // Control characters are invisible and some cannot be stored in XML: they become spaces too.
  // eslint-disable-next-line no-control-regex
  return decodeHTML(raw).replace(/[\s\u0000-\u0008\u000b\u000e-\u001f\u007f]+/g, ' ');
}

/** The http(s) URL of an anchor's `href`, or '' for any other scheme (javascript:, data:, …). */
function hrefOf(attributes: string): string {
  const match = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i.exec(attributes);
  const value = decodeHTMLAttribute(match?.[1] ?? match?.[2] ?? match?.[3] ?? '').trim();
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : '';
  } catch {
    return '';
  }
}

/** " (https://…)" after a link's text, unless the text already is the URL. */
function linkSuffix(link: { url: string; textStart: number }, out: string): string {
  if (!link.url) return '';
  const text = out.slice(link.textStart).trim();
  if (text === link.url || `${text}/` === link.url) return '';
  return text ? ` (${link.url})` : link.url;
}

/** Trims each line, and keeps at most one blank line between paragraphs. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
