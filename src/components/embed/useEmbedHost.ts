/** The embed's host protocols and render flags, read once from the page's address. */
import { useMemo } from 'react';
import { parseUrlParams } from '../../store/urlParams.ts';
import type { EmbedHost } from '../../store/urlParams.ts';

export function useEmbedHost(): EmbedHost {
  return useMemo(() => {
    const { search, href } = window.location;
    return parseUrlParams(search, href).host;
  }, []);
}
