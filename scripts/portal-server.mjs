import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Serves the invented portal pages in tests/portals on loopback only; used by the demo, e2e tests and bench. */
export const PORTALS_ROOT = resolve(fileURLToPath(new URL('../tests/portals/', import.meta.url)));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function resolveFile(root, urlPath) {
  let path = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  // Refuse anything outside the portal folder (../ tricks).
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) return resolveFile(root, path + '/');
    return file;
  } catch {
    return null;
  }
}

/** Starts the server; port 0 picks a free one. Resolves with its base URL and a close function. */
export function startPortalServer({ port = 0, host = '127.0.0.1', root = PORTALS_ROOT } = {}) {
  const server = createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolveFile(root, req.url ?? '/') : null;
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolvePromise({
        baseUrl: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5175);
  const { baseUrl } = await startPortalServer({ port });
  console.log(`Demo portal pages on ${baseUrl}/`);
}
