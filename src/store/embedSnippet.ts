/**
 * The HTML a journalist pastes into an article to embed the current timeline: a self-sizing
 * iframe (see docs/interfaces.md, Embedding), a fallback line that links to the full view for a
 * host that drops or blocks the frame (works with no script at all; embed.js hides it once the
 * frame has sized itself), and the script that sizes the frame. Every value is escaped, because
 * titles come from data files and could hold quotes or brackets.
 */
import type { Theme } from './createSourcelineStore.ts';
import { fullViewUrl } from './fullViewUrl.ts';
import { NO_FLAGS, RENDER_FLAGS } from './renderFlags.ts';
import type { RenderFlags } from './renderFlags.ts';
import { PARAM } from './urlParamNames.ts';

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
  /** The render flags (`plain`, `transparent`, `static`); all off when left out. */
  flags?: RenderFlags;
  /**
   * True for the single-file build, which has no embed.js beside it: the snippet then has no
   * script and gives the frame a fixed height (STANDALONE_HEIGHT) instead.
   */
  standalone?: boolean;
  /** The language the page was asked for (`?lang=`), carried into the embed; none for `auto`. */
  lang?: string | null;
  /** The frame's accessible name, in the page's language; English "<title> — interactive timeline" by default. */
  frameTitle?: string;
}

/** Height the iframe has until the embed reports its own: about a timeline and a short card. */
export const PLACEHOLDER_HEIGHT = 480;

/** Fixed height of a standalone file's frame, which nothing resizes: room for a long card. */
export const STANDALONE_HEIGHT = 760;

/** Marks the snippet's fallback line; embed.js hides it once its frame has reported a height. */
export const FALLBACK_ATTRIBUTE = 'data-sourceline-fallback';

/** Escapes text for a double- or single-quoted HTML attribute value, or for element text. */
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
  if (options.lang) url.searchParams.set(PARAM.lang, options.lang);
  const flags = options.flags ?? NO_FLAGS;
  for (const flag of RENDER_FLAGS) if (flags[flag]) url.searchParams.set(flag, '1');
  return url.href;
}

/** The full view the fallback line links to: the same timeline, event and theme, unframed. */
export function fallbackUrl(options: EmbedSnippetOptions): string {
  const url = pageUrl(options.pageHref);
  if (options.theme !== 'auto') url.searchParams.set(PARAM.theme, options.theme);
  if (options.data) url.searchParams.set(PARAM.data, options.data);
  if (options.lang) url.searchParams.set(PARAM.lang, options.lang);
  return fullViewUrl(url.href, options.eventId);
}

/** The absolute URL of `embed.js`, which sits beside the app's index.html. */
export function embedScriptUrl(pageHref: string): string {
  return new URL('embed.js', pageUrl(pageHref)).href;
}

/** The lines to paste: the iframe, its fallback line and (but for a standalone file) the script. */
export function embedSnippet(options: EmbedSnippetOptions): string {
  const src = escapeAttribute(embedFrameUrl(options));
  const title = escapeAttribute(options.frameTitle ?? `${options.title} — interactive timeline`);
  const height = options.standalone ? STANDALONE_HEIGHT : PLACEHOLDER_HEIGHT;
  const lines = [
    `<iframe data-sourceline src="${src}" title="${title}" width="100%"` +
      ` style="border:0;width:100%;height:${height}px" loading="lazy"></iframe>`,
    `<p ${FALLBACK_ATTRIBUTE}><a href="${escapeAttribute(fallbackUrl(options))}">` +
      `${escapeAttribute(options.title)}</a>: an interactive timeline that quotes its source` +
      ` for every event.</p>`,
  ];
  if (!options.standalone) {
    lines.push(
      `<script src="${escapeAttribute(embedScriptUrl(options.pageHref))}" async></script>`,
    );
  }
  return lines.join('\n');
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
