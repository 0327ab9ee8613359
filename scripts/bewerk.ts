/**
 * `npm run bewerk`: the editor of /admin/ on this computer, against the working copy. Decap's own
 * local server (decap-server, file-system mode) reads and writes the files in the content folder;
 * nothing goes to GitHub. Commit and open a pull request yourself afterwards, as with any change.
 * PORT (default 4322) is the editor's port, DECAP_PORT (default 8081) the file server's.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { cacheRoot } from '../src/cache/disk-cache.ts';
import { ROOT } from '../src/admin/bundle.ts';
import { writeEditor } from '../src/admin/output.ts';
import { contentDirectory } from '../src/source/read-content.ts';
import { readCommandLine } from './lib/args.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
};

/** Serves the editor's folder at /admin/ on 127.0.0.1 (only this computer). */
function serveEditor(folder: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (!url.pathname.startsWith('/admin/')) {
        res.writeHead(302, { location: '/admin/' }).end();
        return;
      }
      const name = url.pathname.slice('/admin/'.length) || 'index.html';
      const file = path.join(folder, path.normalize(name));
      const info = file.startsWith(folder + path.sep) ? await stat(file).catch(() => undefined) : undefined;
      if (!info?.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Niet gevonden\n');
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(await readFile(file));
    })().catch((error: unknown) => res.writeHead(500).end(String(error)));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function main(): Promise<void> {
  const root = process.cwd();
  const contentDir = contentDirectory();
  const port = Number(process.env['PORT'] ?? 4322);
  const apiPort = Number(process.env['DECAP_PORT'] ?? 8081);
  const folder = path.join(cacheRoot(), 'bewerk', 'admin');
  console.log('De editor wordt klaargemaakt...');
  await writeEditor(folder, {
    contentDir,
    root,
    // Straight to the files of the working copy: no sign-in, no pull request.
    override: { backend: { name: 'proxy', proxy_url: `http://localhost:${apiPort}/api/v1`, branch: 'main' }, publish_mode: 'simple' },
  });
  const require = createRequire(path.join(ROOT, 'package.json'));
  const files: ChildProcess = spawn(process.execPath, [require.resolve('decap-server/dist/index.js')], {
    cwd: root,
    env: { ...process.env, PORT: String(apiPort), BIND_HOST: '127.0.0.1', MODE: 'fs', GIT_REPO_DIRECTORY: root, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
  let server: Server;
  try {
    server = await serveEditor(folder, port);
  } catch {
    files.kill();
    console.error(`Poort ${port} is al in gebruik. Kies een andere, zoals: PORT=4333 npm run bewerk`);
    process.exit(1);
  }
  const stop = () => {
    files.kill();
    server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  files.on('exit', (code) => {
    if (code) console.error(`De bestandsserver (decap-server) stopte met code ${code}. Is poort ${apiPort} in gebruik? Kies een andere met DECAP_PORT=8082.`);
    server.close();
    process.exit(code ?? 1);
  });
  console.log(`\nOpen http://localhost:${port}/admin/ in je browser en klik op Inloggen.`);
  console.log(`Wat je opslaat, komt meteen in ${path.relative(root, contentDir) || '.'}/. Bekijk het met git diff en maak er zelf een pull request van.`);
  console.log('Stoppen: Ctrl+C.\n');
}

if (import.meta.main) {
  readCommandLine({
    usage: 'npm run bewerk',
    language: 'nl',
    options: {},
    notes: [
      'Opent de editor (/admin/) op deze computer. Wat je opslaat, komt meteen in de map met inhoud; er gaat niets naar GitHub.',
      'Andere poorten: PORT=4333 (de editor) en DECAP_PORT=8082 (de bestandsserver).',
    ],
  });
  void main();
}
