/**
 * A tiny static file server for browser tests: serves one built site folder the way a plain host
 * would (directory URLs to index.html, the site's 404.html with status 404, gzip for text when the
 * browser asks), so transfer sizes measured in Chromium are close to a real deployment.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import type { AddressInfo } from 'node:net';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  // Pagefind's index files are gzip data that pagefind unpacks itself: send them as they are.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

export interface Served {
  /** Origin without a trailing slash, e.g. "http://127.0.0.1:41234". */
  url: string;
  close: () => Promise<void>;
}

function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

async function fileFor(root: string, urlPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const candidate = path.join(root, path.normalize(decoded));
  // Never serve anything outside the folder, whatever the URL says.
  if (candidate !== root && !candidate.startsWith(root + path.sep)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => undefined);
    if (info?.isFile()) return file;
  }
  return undefined;
}

async function send(req: IncomingMessage, res: ServerResponse, status: number, file: string | undefined): Promise<void> {
  const type = file ? mimeType(file) : 'text/plain; charset=utf-8';
  let body: Buffer = file ? await readFile(file) : Buffer.from('Niet gevonden\n');
  const headers: Record<string, string | number> = { 'content-type': type, 'cache-control': 'no-store' };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    body = gzipSync(body);
    headers['content-encoding'] = 'gzip';
    headers['vary'] = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

export interface ServeOptions {
  /**
   * Serve the site under this path only (`/waaier/`), as GitHub Pages serves a project site: every
   * other address is a bare 404, and a missing page inside the path gets the site's own 404 page.
   */
  base?: string;
}

/** Serves `dir` on a free port of 127.0.0.1 until `close()`. */
export async function serve(dir: string, options: ServeOptions = {}): Promise<Served> {
  const root = path.resolve(dir);
  const base = options.base ?? '/';
  const server = createServer((req, res) => {
    const requested = new URL(req.url ?? '/', 'http://localhost').pathname;
    void (async () => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, undefined);
      if (requested === base.slice(0, -1) && base !== '/') {
        res.writeHead(301, { location: base }).end();
        return;
      }
      if (!requested.startsWith(base)) return send(req, res, 404, undefined);
      const urlPath = `/${requested.slice(base.length)}`;
      // A directory URL without its slash gets redirected, as static hosts do with trailingSlash: 'always'.
      const file = await fileFor(root, urlPath);
      if (file && file.endsWith(`${path.sep}index.html`) && !urlPath.endsWith('/') && !urlPath.endsWith('.html')) {
        res.writeHead(301, { location: `${requested}/` }).end();
        return;
      }
      if (file) return send(req, res, 200, file);
      const notFound = path.join(root, '404.html');
      return send(req, res, 404, (await stat(notFound).catch(() => undefined)) ? notFound : undefined);
    })().catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
