/** The embed's render flags, read once from the page's address. */
import { useMemo } from 'react';
import { parseRenderFlags } from '../../store/renderFlags.ts';
import type { RenderFlags } from '../../store/renderFlags.ts';

export function useRenderFlags(): RenderFlags {
  return useMemo(() => parseRenderFlags(window.location.search), []);
}
