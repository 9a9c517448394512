/**
 * The address of the full view of an embed's current state: the same page and parameters
 * (`theme`, `data`, …) without `embed=1`, with `event` set to the current selection. Links that
 * leave an embed use it, so the reader lands on exactly what they were looking at.
 */
import { PARAM } from '../model/urlParamNames.ts';

/** The full-view URL for the page at `href` with `selectedId` selected (or nothing). */
export function fullViewUrl(href: string, selectedId: string | null): string {
  const url = new URL(href);
  url.searchParams.delete(PARAM.embed);
  if (selectedId) url.searchParams.set(PARAM.event, selectedId);
  else url.searchParams.delete(PARAM.event);
  url.hash = '';
  return url.href;
}
