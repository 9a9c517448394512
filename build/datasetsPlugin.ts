/**
 * Vite plugin: validates and compiles the built-in datasets at build time, so the browser gets a
 * ready `Timeline` and needs neither the schema library nor the date parser for them. It also
 * serves `data/` in development and copies it into the build for `?data=` links.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { formatProblem } from '../src/model/problem.ts';
import { DEFAULT_DATASET, compileDatasetDir, listDatasets } from './datasets.ts';

const VIRTUAL_ID = 'virtual:sourceline-datasets';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Options: where the dataset folders are, and whether the picker may offer them all. */
export interface DatasetsPluginOptions {
  dataDir: string;
  /**
   * Lists only the built-in dataset in the catalogue (so the picker offers nothing else): for
   * the single-file build, which has no data/ folder beside it to load the others from.
   */
  builtInOnly?: boolean;
}

/** The plugin's name, by which the standalone build finds and replaces it. */
export const DATASETS_PLUGIN = 'sourceline-datasets';

export function datasetsPlugin({ dataDir, builtInOnly = false }: DatasetsPluginOptions): Plugin {
  return {
    name: DATASETS_PLUGIN,
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id) {
      if (id !== RESOLVED_ID) return null;
      for (const file of walk(dataDir)) this.addWatchFile(file);
      const names = listDatasets(dataDir);
      const entries = names.map((name) => {
        const result = compileDatasetDir(join(dataDir, name));
        if (!result.ok) {
          const lines = result.problems.map((p) => `  ${formatProblem(p)}`).join('\n');
          this.error(`Dataset data/${name} is invalid:\n${lines}`);
        }
        return { name, title: result.value.title, timeline: result.value };
      });
      const builtIn = entries.find((entry) => entry.name === DEFAULT_DATASET) ?? entries[0];
      if (!builtIn) this.error(`No dataset found in ${dataDir}`);
      const catalogue = (builtInOnly ? [builtIn] : entries).map(({ name, title }) => ({
        name,
        title,
        url: `data/${name}/timeline.json`,
      }));
      return [
        `export const builtInName = ${JSON.stringify(builtIn.name)};`,
        `export const builtInTimeline = JSON.parse(${JSON.stringify(JSON.stringify(builtIn.timeline))});`,
        `export const catalogue = ${JSON.stringify(catalogue)};`,
      ].join('\n');
    },
    configureServer(server) {
      server.middlewares.use('/data/', (req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const file = join(dataDir, path);
        if (relative(dataDir, file).startsWith('..') || !isFile(file)) return next();
        res.setHeader(
          'Content-Type',
          file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8',
        );
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const file of walk(dataDir)) {
        this.emitFile({
          type: 'asset',
          fileName: `data/${relative(dataDir, file)}`,
          source: readFileSync(file),
        });
      }
    },
  };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
