import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { slides } from '../../src/deck/vite-plugin.ts';

/**
 * `npm run dev` with the real deck in real Chromium: a save replaces the changed slide in place
 * (no reload; same slide and fragment), a bad save shows the overlay and the fix brings the deck
 * back, and a save written in two parts (an editor mid-write) still ends up on screen.
 */
const DIR = 'test-output/dev-slides';
const FILE = join(DIR, '03-walti.md');
const SLIDE = 'walti-reveal';

let server: ViteDevServer;
let browser: Browser;
let page: Page;
let base: string;
let original: string;

/** The slide file with the heading of SLIDE's Japanese block ending in `mark`. */
function withMark(mark: string): string {
  const at = original.indexOf(`=== ${SLIDE}\n`);
  const heading = original.indexOf('\n## ', at) + 1;
  const end = original.indexOf('\n', heading);
  return `${original.slice(0, end)} ${mark}${original.slice(end)}`;
}

const heading = (): Promise<string> => page.locator(`section#${SLIDE} .l10n[lang="ja"] h2`).innerText();

beforeAll(async () => {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  cpSync('slides', DIR, { recursive: true });
  original = readFileSync(FILE, 'utf8');
  server = await createServer({
    root: resolve('.'),
    configFile: false,
    cacheDir: resolve('node_modules/.vite/dev-updates-test'),
    plugins: [slides({ dir: DIR })],
    logLevel: 'silent',
    // Pre-bundled at start, so the page is not reloaded for a newly discovered dependency mid-test.
    optimizeDeps: { include: ['reveal.js'] },
    server: { port: 0, host: '127.0.0.1' },
  });
  await server.listen();
  base = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.goto(`${base}?lang=ja#/${SLIDE}`);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 60_000 });
  await page.keyboard.press('ArrowRight'); // the slide's first fragment
  await page.evaluate(() => ((window as unknown as { pageId: number }).pageId = 42));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(DIR, { recursive: true, force: true });
});

const pageId = (): Promise<unknown> => page.evaluate(() => (window as unknown as { pageId?: number }).pageId);

describe('dev server: slide edits in place', { timeout: 60_000 }, () => {
  test('a save replaces the slide without a reload and keeps the slide and fragment', async () => {
    const before = await page.evaluate(() => window.deck?.getIndices());
    expect(before?.f).toBe(0);
    writeFileSync(FILE, withMark('EDIT-1'));
    await page.waitForFunction((id) => document.querySelector(`section#${id} h2`)?.textContent?.includes('EDIT-1'), SLIDE);
    expect(await heading()).toContain('EDIT-1');
    expect(await pageId()).toBe(42);
    expect(await page.evaluate(() => window.deck?.getIndices())).toEqual(before);
    expect(await page.evaluate((id) => document.querySelector(`section#${id}`)?.classList.contains('present'), SLIDE)).toBe(true);
    // The other language stays hidden, as the language controller had it.
    expect(await page.locator(`section#${SLIDE} .l10n[lang="en"]`).isHidden()).toBe(true);
  });

  test('saves written in two parts, back to back, all end up on screen', async () => {
    for (let i = 0; i < 8; i++) {
      const text = withMark(`PART-${i}`);
      // Half a file first (an editor mid-write: unclosed blocks, a cut slide), the rest 5 ms later.
      writeFileSync(FILE, text.slice(0, Math.floor(text.length / 2)));
      await new Promise((ok) => setTimeout(ok, 5));
      writeFileSync(FILE, text);
      await page.waitForFunction(
        ([id, mark]) => document.querySelector(`section#${id} h2`)?.textContent?.includes(mark ?? ''),
        [SLIDE, `PART-${i}`],
        { timeout: 10_000 },
      );
    }
    expect(await pageId()).toBe(42);
  });

  test('a bad save shows the overlay with file:line; the fix reloads into the fixed deck', async () => {
    writeFileSync(FILE, withMark('BAD').replace('time: 35', 'time: 35\nlayout: wide'));
    await page.waitForSelector('vite-error-overlay', { timeout: 10_000 });
    expect(await page.locator('vite-error-overlay').evaluate((el) => el.shadowRoot?.textContent ?? '')).toMatch(
      /03-walti\.md:\d+ error: Unknown attribute "layout"/,
    );
    writeFileSync(FILE, withMark('FIXED'));
    await page.waitForFunction((id) => document.querySelector(`section#${id} h2`)?.textContent?.includes('FIXED'), SLIDE, {
      timeout: 20_000,
    });
    await expect.poll(() => page.locator('vite-error-overlay').count()).toBe(0);
  });
});
