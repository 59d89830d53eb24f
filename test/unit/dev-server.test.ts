import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { slides } from '../../src/deck/vite-plugin.ts';

/**
 * The dev server: a bad slide shows Vite's error overlay (file:line and the message) instead of a
 * blank page, and fixing it brings the deck back, recompiled from the changed file.
 */
let server: ViteDevServer;
let root: string;
let base: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'deck-dev-'));
  cpSync(resolve('test/fixtures/valid-deck'), root, { recursive: true });
  server = await createServer({
    root,
    configFile: false,
    cacheDir: resolve('node_modules/.vite/unit-dev-server'),
    plugins: [slides({ langs: ['ja'] })],
    logLevel: 'silent',
    server: { port: 0, host: '127.0.0.1', ws: false },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}/`;
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

/**
 * Saves `text` into `file` and returns the dev server's answer once its status is `status`. The
 * file watcher can miss a write that comes within a few ms of the previous one (two saves no
 * person makes that fast), so the save is repeated, like a person saving again, until it is seen.
 */
async function saveAndFetch(file: string, text: string, status: number): Promise<string> {
  let res: Response | undefined;
  for (let tries = 0; tries < 20 && res?.status !== status; tries++) {
    writeFileSync(file, text);
    await new Promise((ok) => setTimeout(ok, 250));
    res = await fetch(base);
  }
  expect(res?.status).toBe(status);
  return (await res?.text()) ?? '';
}

describe('dev server', { timeout: 60_000 }, () => {
  test('serves the compiled slides', async () => {
    const html = await (await fetch(base)).text();
    expect(html).toContain('<section class="deck-section"');
    expect(html).toContain('<h2>今日の流れ</h2>');
  });

  test('a bad slide shows the error overlay with file:line; fixing it restores the deck', async () => {
    const file = join(root, 'slides/02-threats.md');
    const original = readFileSync(file, 'utf8');
    const body = await saveAndFetch(file, original.replace('time: 600', 'time: 600\nlayout: wide'), 500);
    expect(body).toContain('ErrorOverlay'); // Vite's overlay element, fed the error below
    expect(body).toMatch(/slides\/02-threats\.md:\d+ error: Unknown attribute \\"layout\\" on slide \\"threats\\"/);

    expect(await saveAndFetch(file, original, 200)).toContain('<section id="threats"');
  });
});
