/**
 * Loads the handout's contents once, however often they are asked for, and tells whoever waits
 * for them (the Handout, whether the load was started by it or by the Print button).
 */
import type { ComponentType } from 'react';
import type { HandoutBodyProps } from './HandoutBody.tsx';

type BodyModule = { default: ComponentType<HandoutBodyProps> };

let loading: Promise<BodyModule> | null = null;
const waiting = new Set<(module: BodyModule) => void>();

export function loadHandoutBody(): Promise<BodyModule> {
  if (!loading) {
    loading = import('./HandoutBody.tsx');
    void loading.then((module) => waiting.forEach((callback) => callback(module)));
  }
  return loading;
}

/** Calls `callback` once the contents have loaded (at once if they have); returns the unsubscribe. */
export function whenHandoutBodyLoaded(callback: (module: BodyModule) => void): () => void {
  waiting.add(callback);
  if (loading) void loading.then(callback);
  return () => waiting.delete(callback);
}
