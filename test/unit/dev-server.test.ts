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

/** Changes a slide file and waits until the plugin's watcher has seen it. */
async function edit(file: string, change: (text: string) => string): Promise<void> {
  const seen = new Promise<void>((ok) => server.watcher.once('change', () => ok()));
  writeFileSync(file, change(readFileSync(file, 'utf8')));
  await Promise.race([seen, new Promise((ok) => setTimeout(ok, 3000))]);
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
    await edit(file, (t) => t.replace('time: 600', 'time: 600\nlayout: wide'));
    const res = await fetch(base);
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(body).toContain('ErrorOverlay'); // Vite's overlay element, fed the error below
    expect(body).toMatch(/slides\/02-threats\.md:\d+ error: Unknown attribute \\"layout\\" on slide \\"threats\\"/);

    await edit(file, () => original);
    const fixed = await fetch(base);
    expect(fixed.status).toBe(200);
    expect(await fixed.text()).toContain('<section id="threats"');
  });
});
