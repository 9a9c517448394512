/// <reference types="vite/client" />

/** The built-in datasets, validated and compiled at build time by build/datasetsPlugin.ts. */
declare module 'virtual:sourceline-datasets' {
  import type { Timeline } from './model/timeline.ts';
  /** Folder name of the dataset opened by default. */
  export const builtInName: string;
  /** The default dataset, compiled. */
  export const builtInTimeline: Timeline;
  /** Every dataset under data/, for the picker. */
  export const catalogue: { name: string; title: string; url: string }[];
}
