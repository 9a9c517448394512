/**
 * URL parameters (docs/interfaces.md; their names in model/urlParamNames.ts), parsed once at the edge into strict values. Anything unknown,
 * malformed or hostile falls back to the default; `event` and `data` problems become polite
 * notices. Values only ever reach the page as text.
 */
import type { Mode, Theme } from './createSourcelineStore.ts';
import { PARAM } from '../model/urlParamNames.ts';

/** The app's parsed URL parameters. */
export interface UrlParams {
  event: string | null;
  mode: Mode;
  embed: boolean;
  /** Absolute URL of a dataset to load instead of the built-in one. */
  data: string | null;
  theme: Theme;
  /** Messages about values that were ignored. */
  notices: string[];
}

const EVENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_EVENT_LENGTH = 120;
const MAX_DATA_LENGTH = 2048;
const MAX_SEARCH_LENGTH = 20_000;

/** Parses `location.search` against the page URL `base`. */
export function parseUrlParams(search: string, base: string): UrlParams {
  const notices: string[] = [];
  const tooLong = search.length > MAX_SEARCH_LENGTH;
  if (tooLong)
    notices.push(
      'This link’s address is too long to read, so the timeline opens as it does by default.',
    );
  const params = new URLSearchParams(tooLong ? '' : search);
  const event = parseEvent(params.get(PARAM.event), notices);
  const data = parseData(params.get(PARAM.data), base, notices);
  return {
    event,
    mode: params.get(PARAM.mode) === 'present' ? 'present' : 'browse',
    embed: params.get(PARAM.embed) === '1',
    data,
    theme: oneOf(params.get(PARAM.theme), ['light', 'dark'] as const) ?? 'auto',
    notices,
  };
}

function parseEvent(value: string | null, notices: string[]): string | null {
  if (value === null || value === '') return null;
  if (value.length <= MAX_EVENT_LENGTH && EVENT_ID.test(value)) return value;
  notices.push(
    `The link names an event that is not valid (“${clip(value)}”), so no event is selected.`,
  );
  return null;
}

function parseData(value: string | null, base: string, notices: string[]): string | null {
  if (value === null || value === '') return null;
  let url: URL;
  try {
    if (value.length > MAX_DATA_LENGTH) throw new Error('too long');
    url = new URL(value, base);
  } catch {
    notices.push(
      `The dataset address (“${clip(value)}”) is not a valid URL, so the built-in timeline is shown.`,
    );
    return null;
  }
  const page = new URL(base);
  const sameOrigin =
    url.origin === page.origin && (url.protocol === 'http:' || url.protocol === 'https:');
  if (!sameOrigin) {
    notices.push(
      `Datasets can only be loaded from this site (“${clip(value)}” is elsewhere), so the built-in timeline is shown.`,
    );
    return null;
  }
  return url.href;
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return allowed.find((candidate) => candidate === value) ?? null;
}

/** Shortens a hostile or huge value for display (it is shown as text, never markup). */
function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
