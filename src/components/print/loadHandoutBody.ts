/** Loads the handout's picture once, however often it is asked for. */
import type { ComponentType } from 'react';

let loading: Promise<{ default: ComponentType }> | null = null;

export function loadHandoutPicture(): Promise<{ default: ComponentType }> {
  loading ??= import('./HandoutPicture.tsx');
  return loading;
}
