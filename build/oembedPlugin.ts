/**
 * Vite plugin: oEmbed for the built-in datasets. The build writes one static oEmbed 1.0 document
 * of type `rich` per dataset, `dist/oembed/<name>.json`, whose `html` is the embed snippet (the
 * same one the Embed dialog gives), and puts the discovery `<link>` for the default dataset's
 * document into index.html. A CMS that is given the timeline's address finds the link, reads the
 * document and pastes its `html` (docs/embedding.md).
 *
 * oEmbed wants absolute addresses, and a build cannot know where it will be served, so it is told:
 * `SOURCELINE_PUBLIC_URL=https://news.example/timelines/icc/ npm run build`. Without it the
 * documents name the address of `npm run preview`, http://localhost:4173/, and say so.
 */
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { PLACEHOLDER_HEIGHT, embedSnippet } from '../src/store/embedSnippet.ts';
import { DEFAULT_DATASET, compileDatasetDir, listDatasets } from './datasets.ts';

/** Where the built site is served when nobody says otherwise: `vite preview`'s address. */
export const PREVIEW_URL = 'http://localhost:4173/';

/** The environment variable that gives the built site's public address. */
export const PUBLIC_URL_VARIABLE = 'SOURCELINE_PUBLIC_URL';

/** The plugin's name, by which the standalone build leaves it out. */
export const OEMBED_PLUGIN = 'sourceline-oembed';

/** The folder of the documents inside the build. */
export const OEMBED_DIR = 'oembed';

/** The width an oEmbed consumer is told: a typical article column (the frame is 100% wide). */
export const OEMBED_WIDTH = 640;

/** An oEmbed 1.0 response of type `rich` (https://oembed.com, section 2.3.4.4). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
}

/** What one document describes. */
export interface OEmbedSubject {
  /** The site's public address, a folder ending in `/`. */
  publicUrl: string;
  /** The dataset's title. */
  title: string;
  /** The dataset's folder name under data/. */
  name: string;
  /** True for the dataset the app opens without `?data=`. */
  isDefault: boolean;
}

/** The oEmbed document for one dataset. */
export function oembedDocument({ publicUrl, title, name, isDefault }: OEmbedSubject): OEmbedRich {
  const data = isDefault ? null : new URL(`data/${name}/timeline.json`, publicUrl).href;
  return {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'Sourceline',
    provider_url: publicUrl,
    html: embedSnippet({ pageHref: publicUrl, title, eventId: null, theme: 'auto', data }),
    width: OEMBED_WIDTH,
    height: PLACEHOLDER_HEIGHT,
  };
}

/** The public address given, as a folder URL; the preview's address when none is given. */
export function publicUrlOf(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return PREVIEW_URL;
  const url = new URL(value.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${PUBLIC_URL_VARIABLE} must be an http or https address, not ${value}`);
  }
  url.search = '';
  url.hash = '';
  // A page (…/index.html) or a folder with or without its slash: the folder it stands for.
  if (!url.pathname.endsWith('/')) {
    url.pathname = url.pathname.endsWith('.html')
      ? url.pathname.slice(0, url.pathname.lastIndexOf('/') + 1)
      : `${url.pathname}/`;
  }
  return url.href;
}

/** Options: where the dataset folders are, and the site's public address (from the environment). */
export interface OEmbedPluginOptions {
  dataDir: string;
  publicUrl?: string;
}

export function oembedPlugin({
  dataDir,
  publicUrl = process.env[PUBLIC_URL_VARIABLE],
}: OEmbedPluginOptions): Plugin {
  const site = publicUrlOf(publicUrl);
  const subjects = (): OEmbedSubject[] =>
    listDatasets(dataDir).map((name) => {
      const result = compileDatasetDir(join(dataDir, name));
      // An invalid dataset fails the build in the datasets plugin, with its problems listed.
      const title = result.ok ? result.value.title : name;
      return { publicUrl: site, title, name, isDefault: name === DEFAULT_DATASET };
    });
  const href = (name: string) => new URL(`${OEMBED_DIR}/${name}.json`, site).href;
  return {
    name: OEMBED_PLUGIN,
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        // The app's page only: not the example articles or the studio.
        if (!context.path.endsWith('/index.html') || context.path.includes('/examples/')) return;
        const main = subjects().find((subject) => subject.isDefault);
        if (!main) return;
        return [
          {
            tag: 'link',
            attrs: {
              rel: 'alternate',
              type: 'application/json+oembed',
              href: href(main.name),
              title: main.title,
            },
            injectTo: 'head',
          },
        ];
      },
    },
    generateBundle() {
      if (publicUrl === undefined || publicUrl.trim() === '') {
        this.info(
          `oEmbed documents name ${PREVIEW_URL} (npm run preview); set ${PUBLIC_URL_VARIABLE} to the site's address`,
        );
      }
      for (const subject of subjects()) {
        this.emitFile({
          type: 'asset',
          fileName: `${OEMBED_DIR}/${subject.name}.json`,
          source: `${JSON.stringify(oembedDocument(subject), null, 2)}\n`,
        });
      }
    },
  };
}
