import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { trackResource } from '../cli/run-cli.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Types worth compressing; woff2 and images are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

export interface StaticServer {
  url: string;
  port: number;
  /** The Node server itself, for what runs beside the files on the same port (the live relay). */
  server: Server;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /** Gzip text responses when the client accepts it, as any real host would. Default true. */
  compress?: boolean;
  /** Apply the headers in `<root>/_headers` (the CSP and friends). Default true. */
  headers?: boolean;
  /** Interface to listen on. Default 127.0.0.1 (loopback only). */
  host?: string;
  /** Port to listen on. Default 0: a free port. */
  port?: number;
  /** Host headers to answer (see host-allowlist.ts); others get 421. Default: any. */
  allowHost?: (host: string | undefined) => boolean;
}

/** Parses the `/*` block of a Netlify-style `_headers` file: the headers a static host would send. */
export function readHeadersFile(root: string): Record<string, string> {
  const file = join(root, '_headers');
  if (!existsSync(file)) return {};
  const headers: Record<string, string> = {};
  let inAll = false;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith(' ')) inAll = line.trim() === '/*';
    else if (inAll) {
      const i = line.indexOf(':');
      if (i > 0) headers[line.slice(0, i).trim()] = line.slice(i + 1).trim();
    }
  }
  return headers;
}

/**
 * Whether a page requested with this Host header has a potentially trustworthy origin (loopback).
 * Browsers honour Cross-Origin-Opener-Policy only there; over plain http on a network address
 * (`npm run present` on the venue's Wi-Fi: http://192.168…) they ignore it and log a console
 * error on every page, so it is not sent there. Nothing changes for what the page can do.
 */
export function trustworthyHost(host: string | undefined): boolean {
  let name: string;
  try {
    name = new URL(`http://${host ?? ''}`).hostname;
  } catch {
    return false;
  }
  return name === 'localhost' || name.endsWith('.localhost') || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/**
 * Serves a built deck on 127.0.0.1 at a free port: what the PDF export, the tests and the benchmark
 * open, with the same headers and compression a static host gives.
 */
export async function serveStatic(dir: string, options: StaticServerOptions = {}): Promise<StaticServer> {
  const root = resolve(dir);
  const headers = options.headers === false ? {} : readHeadersFile(root);
  const compress = options.compress !== false;
  const server: Server = createServer((req, res) => {
    if (options.allowHost && !options.allowHost(req.headers.host)) {
      res.writeHead(421, { 'Content-Type': 'text/plain' }).end('Misdirected request: this server answers only at its own addresses.');
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) is the client's error, not a reason to crash the server.
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    if (pathname.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('Bad request');
      return;
    }
    let path = normalize(join(root, pathname));
    if (!path.startsWith(root + sep) && path !== root) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path) || path.endsWith(`${sep}_headers`)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    const ext = extname(path);
    const gzip = compress && COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const { 'Cross-Origin-Opener-Policy': coop, ...others } = headers;
    res.writeHead(200, {
      ...others,
      ...(coop && trustworthyHost(req.headers.host) ? { 'Cross-Origin-Opener-Policy': coop } : {}),
      'Content-Type': TYPES[ext] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': String(statSync(path).size) }),
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip({ level: 9 })) : stream).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => ok());
  });
  const { port } = server.address() as AddressInfo;
  const close = (): Promise<void> =>
    new Promise<void>((ok) => {
      release();
      server.close(() => ok());
      // close() alone waits for idle keep-alive connections (a browser's) to time out.
      server.closeAllConnections();
    });
  const release = trackResource(`static server on port ${port}`, close);
  return { url: `http://127.0.0.1:${port}/`, port, server, close };
}
