import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';
import { DESKTOP, DIST, useDeck } from '../support/browser.ts';

/**
 * Another site (a second origin on loopback: another port) tries to drive the deck through
 * reveal's postMessage API, from a window it opened and from an iframe. Neither may move it.
 */
const deck = useDeck();
let attacker: StaticServer;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'attacker-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>elsewhere</title><iframe id="f" width="800" height="450"></iframe>');
  attacker = await serveStatic(dir, { headers: false });
});
afterAll(async () => {
  await attacker?.close();
  rmSync(dir, { recursive: true, force: true });
});

const drive = JSON.stringify({ method: 'slide', args: [3, 0] });

test('messages from another origin do not drive the deck; its own origin still does', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.goto(attacker.url);
  const popupPromise = context.waitForEvent('page');
  await page.evaluate((url) => ((window as unknown as { w: Window | null }).w = window.open(url)), `${deck.url}#/title`);
  const popup = await popupPromise;
  await popup.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  await page.evaluate((msg) => (window as unknown as { w: Window }).w.postMessage(msg, '*'), drive);
  await popup.waitForTimeout(500);
  expect(await popup.evaluate(() => window.deck?.getIndices().h)).toBe(0);
  // The same message from the deck's own origin is still obeyed (what its own windows use).
  await popup.evaluate((msg) => window.postMessage(msg, location.origin), drive);
  await expect.poll(() => popup.evaluate(() => window.deck?.getIndices().h)).toBe(3);
  await context.close();
});

test('framed by another origin on a host without headers (GitHub Pages), the deck does not start and offers a link', async () => {
  // With dist/_headers the browser refuses the frame itself (frame-ancestors 'self'); without, the page must.
  const bare = await serveStatic(DIST, { headers: false });
  const page = await deck.browser.newPage(DESKTOP);
  await page.goto(attacker.url);
  await page.evaluate((url) => ((document.getElementById('f') as HTMLIFrameElement).src = url), bare.url);
  const frame = page.frameLocator('#f');
  await expect.poll(() => frame.locator('.framed-notice a').count(), { timeout: 20_000 }).toBe(1);
  expect(await frame.locator('.reveal').count()).toBe(0);
  await page.close();
  await bare.close();
});
