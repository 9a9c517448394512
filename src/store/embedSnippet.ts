/**
 * The HTML a journalist pastes into an article to embed the current timeline: a self-sizing
 * iframe (see docs/interfaces.md, Embedding) and the script that sizes it. Every value is
 * attribute-escaped, because titles come from data files and could hold quotes or brackets.
 */
import type { Theme } from './createSourcelineStore.ts';
import { PARAM } from '../model/urlParamNames.ts';

/** What the snippet is made of. */
export interface EmbedSnippetOptions {
  /** The address of the app page the snippet is made from; its query and hash are dropped. */
  pageHref: string;
  /** The timeline's title, for the iframe's accessible name. */
  title: string;
  /** The event the embed opens with, or null for the overview. */
  eventId: string | null;
  theme: Theme;
  /** Absolute URL of the dataset when it is not the built-in one. */
  data: string | null;
}

/** Height the iframe has until the embed reports its own: about a timeline and a short card. */
export const PLACEHOLDER_HEIGHT = 480;

/** Escapes text for a double- or single-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The embed page's absolute URL: `?embed=1` plus the chosen options, nothing else. */
export function embedFrameUrl(options: EmbedSnippetOptions): string {
  const url = pageUrl(options.pageHref);
  url.searchParams.set(PARAM.embed, '1');
  if (options.eventId) url.searchParams.set(PARAM.event, options.eventId);
  if (options.theme !== 'auto') url.searchParams.set(PARAM.theme, options.theme);
  if (options.data) url.searchParams.set(PARAM.data, options.data);
  return url.href;
}

/** The absolute URL of `embed.js`, which sits beside the app's index.html. */
export function embedScriptUrl(pageHref: string): string {
  return new URL('embed.js', pageUrl(pageHref)).href;
}

/** The two lines to paste: the iframe and the script tag. */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const src = escapeAttribute(embedFrameUrl(options));
  const title = escapeAttribute(`${options.title} — interactive timeline`);
  const script = escapeAttribute(embedScriptUrl(options.pageHref));
  return [
    `<iframe data-sourceline src="${src}" title="${title}" width="100%"` +
      ` style="border:0;width:100%;height:${PLACEHOLDER_HEIGHT}px" loading="lazy"></iframe>`,
    `<script src="${script}" async></script>`,
  ].join('\n');
}

/** True when the page is served over the web, so a snippet pointing at it works elsewhere. */
export function isWebAddress(pageHref: string): boolean {
  const { protocol } = new URL(pageHref);
  return protocol === 'http:' || protocol === 'https:';
}

function pageUrl(pageHref: string): URL {
  const url = new URL(pageHref);
  url.search = '';
  url.hash = '';
  return url;
}
