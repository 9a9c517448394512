/**
 * Vite plugin: writes the app's Content-Security-Policy into the built `index.html` as a
 * `<meta http-equiv>`, so the page is protected on any static host, including one that sends no
 * policy header. The preview and test servers still send the header too (it can carry what a
 * meta policy cannot: `frame-ancestors`, reporting, `sandbox`, which a meta policy ignores, so
 * they are left out of it). Build only: the dev server's inline React-refresh preamble would not
 * pass `script-src 'self'`. Only the app's page gets it, not the example host article.
 */
import type { Plugin } from 'vite';

/** Directives that a policy delivered by `<meta>` may not carry (CSP 3, §3.3). */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The part of `policy` a `<meta>` element can deliver. */
export function metaPolicy(policy: string): string {
  return policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.has(directive.split(/\s+/)[0] ?? ''))
    .join('; ');
}

/** The `<meta http-equiv="Content-Security-Policy">` element for `policy`. */
export function cspMetaTag(policy: string): string {
  const content = metaPolicy(policy).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}

/** Puts `cspMetaTag(policy)` right after the `<meta charset>` of `html`. */
export function withCspMeta(html: string, policy: string): string {
  const charset = /<meta\s+charset=[^>]*>/i;
  if (!charset.test(html))
    throw new Error('index.html has no <meta charset> to put the policy after');
  return html.replace(charset, (tag) => `${tag}\n    ${cspMetaTag(policy)}`);
}

/** The plugin (build only; only for the app's own `index.html`). */
export function cspMetaPlugin(policy: string): Plugin {
  return {
    name: 'sourceline:csp-meta',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) =>
        context.path === '/index.html' ? withCspMeta(html, policy) : html,
    },
  };
}
