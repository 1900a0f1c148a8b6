/**
 * A tiny static server for the end-to-end fixture pages, bound to 127.0.0.1 on a free port.
 *
 * Serves `tests/e2e/fixtures/` as it is on disk, plus pages generated in memory (the 2 MB
 * benchmark page), with per-route response headers (the strict-CSP page) and per-route delays
 * (a slow page). Every response is `Cache-Control: no-store` so a rebuilt fixture is never stale.
 *
 * Any fixture can also be delayed ad hoc with a `?delay=<ms>` query parameter, e.g.
 * `/blog-post.html?delay=2000`.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { generateManyClaimsPage } from './fixtures/generate-many-claims';
import { generateLargePage } from './fixtures/generate-large';
import { FIXTURES_DIR } from './paths';

export { FIXTURES_DIR };

/** The Content-Security-Policy the strict-CSP fixture is served with (issue 3). */
export const STRICT_CSP = "default-src 'none'; style-src 'self'";

/** How one path is served, beyond reading its file. */
export interface RouteOptions {
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
  /** Wait this long before answering (milliseconds). */
  delayMs?: number;
  /**
   * Send the body up to this point at once and the rest after `delayMs`, instead of delaying the
   * whole response: the page starts parsing and rendering, then the rest of it trickles in.
   * A number is a byte offset; a string splits just before its first occurrence.
   */
  streamSplitAt?: number | string;
  /** Produce the body in memory instead of reading a file (the result is cached per server). */
  generate?: () => string | Promise<string>;
}

/** Per-path options, keyed by URL path (`/strict-csp.html`). */
export type Routes = Record<string, RouteOptions>;

/** The routes every fixture server has; tests can add or override routes in `startServer`. */
export const DEFAULT_ROUTES: Routes = {
  '/strict-csp.html': { headers: { 'Content-Security-Policy': STRICT_CSP } },
  // A page that enforces Trusted Types: any string written to an HTML sink by anyone throws.
  '/hostile.html': { headers: { 'Content-Security-Policy': "require-trusted-types-for 'script'" } },
  // The head and the intro arrive at once, the article's body 1.5 s later.
  '/slow-page.html': { delayMs: 1500, streamSplitAt: '<div class="entry-content">' },
  // Generated on first request so the 2 MB file need not live in the repository.
  '/large-page.html': { generate: () => generateLargePage() },
  // About 10,000 claims on one page (issue 9: no task of ours over 50 ms even there).
  '/many-claims.html': { generate: () => generateManyClaimsPage() },
};

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/** A running fixture server. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>` without a trailing slash. */
  origin: string;
  port: number;
  /** Absolute URL of a fixture, e.g. `url('blog-post.html')`. */
  url(path: string): string;
  /** Add or replace a route while the server runs. */
  setRoute(path: string, options: RouteOptions): void;
  /** Paths requested so far (useful to assert the extension itself made no requests). */
  requests: string[];
  stop(): Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Start a fixture server on 127.0.0.1 with a free port chosen by the OS (or `port`, for manual
 * browsing). `routes` are merged over {@link DEFAULT_ROUTES}.
 */
export async function startServer(
  options: { routes?: Routes; root?: string; port?: number } = {},
): Promise<FixtureServer> {
  const root = options.root ?? FIXTURES_DIR;
  const routes: Routes = { ...DEFAULT_ROUTES, ...options.routes };
  const generated = new Map<string, Promise<string>>();
  const requests: string[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    if (path.endsWith('/')) path += 'index.html';
    requests.push(path + url.search);
    const route = routes[path] ?? {};

    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }

    let body: Buffer;
    if (route.generate) {
      let pending = generated.get(path);
      if (!pending) {
        pending = Promise.resolve(route.generate());
        generated.set(path, pending);
      }
      body = Buffer.from(await pending, 'utf8');
    } else {
      // Refuse anything that escapes the fixture folder.
      const file = normalize(join(root, path));
      if (!file.startsWith(root + sep)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        body = await readFile(file);
      } catch {
        if (path === '/favicon.ico') {
          // Browsers ask for it on their own; answer so no 404 lands in the console.
          res.writeHead(204, { 'Cache-Control': 'no-store' }).end();
          return;
        }
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`not found: ${path}`);
        return;
      }
    }

    const queryDelay = Number(url.searchParams.get('delay') ?? 0);
    const delayMs = Math.max(route.delayMs ?? 0, Number.isFinite(queryDelay) ? queryDelay : 0);
    const headers: Record<string, string> = {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
      ...route.headers,
    };

    if (route.streamSplitAt !== undefined && delayMs > 0 && req.method === 'GET') {
      const at = typeof route.streamSplitAt === 'number' ? route.streamSplitAt : body.indexOf(route.streamSplitAt);
      res.writeHead(200, headers); // chunked: no Content-Length
      res.write(body.subarray(0, Math.max(0, at)));
      await sleep(delayMs);
      res.end(body.subarray(Math.max(0, at)));
      return;
    }

    if (delayMs > 0) await sleep(delayMs);
    headers['Content-Length'] = String(body.length);
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(String(error));
    });
  });
  // Sockets kept alive by the browsers must not hold `stop()` up.
  server.keepAliveTimeout = 1000;

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  return {
    origin,
    port,
    url: (path) => `${origin}/${path.replace(/^\//, '')}`,
    setRoute(path, routeOptions) {
      const key = path.startsWith('/') ? path : `/${path}`;
      routes[key] = routeOptions;
      generated.delete(key);
    },
    requests,
    stop: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

// Run directly to browse the fixtures by hand: `npx tsx tests/e2e/server.ts [port]`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await startServer({ port: Number(process.argv[2] ?? 0) });
  console.log(`Pointwise fixtures at ${server.origin}/ (Ctrl-C to stop)`);
}
