/**
 * A tiny static file server for the built app (node:http, no dependencies). It sends the same strict
 * Content-Security-Policy as `vite preview`, so the end-to-end tests prove the app runs under it.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTENT_SECURITY_POLICY } from '../../../vite.config.ts';

/** The project's root folder. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/**
 * Where `npm run build` writes the app. `SOURCELINE_E2E_DIST` points the tests at another build of
 * it (a second output folder, or a stand-in while the app is being written).
 */
export const DIST_DIR = resolve(PROJECT_ROOT, process.env['SOURCELINE_E2E_DIST'] ?? 'dist');
/** Datasets and pages made for the tests, served at `/fixtures/`. */
export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests', 'e2e', 'fixtures');

/** A folder served under a URL prefix that starts and ends with `/`. */
export interface Mount {
  prefix: string;
  dir: string;
}

/** Where to serve from; the longest matching prefix wins. */
export interface StaticServerOptions {
  mounts: readonly Mount[];
  port?: number;
}

/** A running server: its base URL (ending in `/`) and how to stop it. */
export interface StaticServer {
  url: string;
  close: () => Promise<void>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // Without nosniff a wrong content type could be silently forgiven by the browser.
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
};

/** The file a URL path names, or null when it falls outside every mount (or is malformed). */
export function resolveFile(mounts: readonly Mount[], urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const mount = [...mounts]
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .find((m) => pathname.startsWith(m.prefix));
  if (!mount) return null;
  const root = resolve(mount.dir);
  const file = resolve(root, `.${sep}${pathname.slice(mount.prefix.length)}`);
  // `resolve` has already collapsed any `..`; what is left must still be inside the mount.
  return file === root || file.startsWith(root + sep) ? file : null;
}

async function fileToSend(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) return fileToSend(join(file, 'index.html'));
  } catch {
    // Missing: answered with 404 below.
  }
  return null;
}

function send(res: ServerResponse, status: number, type: string, body: Buffer | string): void {
  res.writeHead(status, { ...COMMON_HEADERS, 'Content-Type': type });
  res.end(body);
}

async function handle(mounts: readonly Mount[], req: IncomingMessage, res: ServerResponse) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed\n');
    return;
  }
  const urlPath = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
  const target = resolveFile(mounts, urlPath);
  const file = target === null ? null : await fileToSend(target);
  if (file === null) {
    send(res, 404, 'text/plain; charset=utf-8', `Not found: ${urlPath}\n`);
    return;
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const body = await readFile(file);
  res.writeHead(200, { ...COMMON_HEADERS, 'Content-Type': type, 'Content-Length': body.length });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Serves the mounts on 127.0.0.1, by default on a free port the system picks. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const server = createServer((req, res) => {
    handle(options.mounts, req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', `${String(error)}\n`);
      else res.destroy();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((done, fail) => {
        // Browsers keep connections alive; without this, close() would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

/** Serves the built app at `/` and the test fixtures at `/fixtures/`. */
export async function startAppServer(port?: number): Promise<StaticServer> {
  const index = join(DIST_DIR, 'index.html');
  if (!existsSync(index)) {
    throw new Error(
      `${index} is missing: run npm run build first (the e2e tests drive the built app).`,
    );
  }
  const mounts: Mount[] = [
    { prefix: '/', dir: DIST_DIR },
    { prefix: '/fixtures/', dir: FIXTURES_DIR },
  ];
  return startStaticServer(port === undefined ? { mounts } : { mounts, port });
}
