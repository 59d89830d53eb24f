import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';

/** Raw requests over a real socket: the path is sent as written, without the client normalising it. */
function get(server: StaticServer, path: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: 'GET' }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

let root: string;
let server: StaticServer;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'static-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, '_headers'), '/*\n  X-Test: 1\n  Cross-Origin-Opener-Policy: same-origin\n');
  server = await serveStatic(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test('a malformed escape is 400 and the server keeps serving', async () => {
  expect(await get(server, '/%E0%A4%A')).toBe(400);
  expect(await get(server, '/%00')).toBe(400);
  expect(await get(server, '/')).toBe(200);
});

test('nothing outside the folder, and not the headers file', async () => {
  expect(await get(server, '/../../etc/passwd')).not.toBe(200);
  expect(await get(server, '/%2e%2e/%2e%2e/etc/passwd')).not.toBe(200);
  expect(await get(server, '/_headers')).toBe(404);
});

test('fuzzed request paths never crash the server: every answer is 200, 400, 403 or 404', async () => {
  const segment = fc.oneof(
    fc.string({ maxLength: 8 }),
    fc.constantFrom('..', '.', '%', '%2e%2e', '%2f', '%5c', '%E0%A4%A', '%ff', '%00', 'index.html', '_headers'),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(segment, { maxLength: 6 }), async (parts) => {
      const path = `/${parts.map((p) => p.replace(/[\s#?]/g, '')).join('/')}`;
      const status = await get(server, encodeURI(path).replace(/%25/g, '%'));
      return [200, 400, 403, 404].includes(status);
    }),
    { numRuns: 300 },
  );
  expect(await get(server, '/')).toBe(200);
});

test('COOP only where browsers honour it: loopback, not plain http on a network address', async () => {
  const headersFor = (host: string): Promise<Record<string, unknown>> =>
    new Promise((ok, fail) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/', headers: { host } }, (res) => {
        res.resume();
        ok(res.headers);
      });
      req.on('error', fail);
      req.end();
    });
  for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, `[::1]:${server.port}`]) {
    expect((await headersFor(host))['cross-origin-opener-policy'], host).toBe('same-origin');
  }
  for (const host of [`192.168.1.5:${server.port}`, `laptop.local:${server.port}`, 'localhost.evil.example']) {
    const h = await headersFor(host);
    expect(h['cross-origin-opener-policy'], host).toBeUndefined();
    expect(h['x-test'], host).toBe('1');
  }
});
