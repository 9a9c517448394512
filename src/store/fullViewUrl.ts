/**
 * The address of the full view of an embed's current state: the same page and parameters
 * (`theme`, `data`, …) without `embed=1` and the embed's own parameters (host protocols, render
 * flags, and what Pym.js's parent adds), with `event` set to the current selection. Links that
 * leave an embed use it, so the reader lands on exactly what they were looking at.
 */
import { EMBED_PARAM, PARAM } from './urlParamNames.ts';

/** What Pym.js's parent adds to the frame's address besides `childId` (Pym.js's names, not ours). */
const PYM_PARENT_PARAMS = ['initialWidth', 'parentTitle', 'parentUrl'];

/** The full-view URL for the page at `href` with `selectedId` selected (or nothing). */
export function fullViewUrl(href: string, selectedId: string | null): string {
  const url = new URL(href);
  for (const name of [PARAM.embed, ...Object.values(EMBED_PARAM), ...PYM_PARENT_PARAMS]) {
    url.searchParams.delete(name);
  }
  if (selectedId) url.searchParams.set(PARAM.event, selectedId);
  else url.searchParams.delete(PARAM.event);
  url.hash = '';
  return url.href;
}
