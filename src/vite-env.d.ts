/// <reference types="vite/client" />

/** The built-in datasets, validated and compiled at build time by build/datasetsPlugin.ts. */
declare module 'virtual:sourceline-datasets' {
  // An import() type: an ambient module may not import by a relative path (skipLibCheck would
  // hide that error and leave Timeline as `any`).
  // eslint-disable-next-line @typescript-eslint/consistent-type-imports -- see above
  type Timeline = import('./model/timeline.ts').Timeline;
  /** Folder name of the dataset opened by default. */
  export const builtInName: string;
  /** The default dataset, compiled. */
  export const builtInTimeline: Timeline;
  /** Every dataset under data/, for the picker. */
  export const catalogue: { name: string; title: string; url: string }[];
}
