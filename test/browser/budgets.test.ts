import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { BYTE_BUDGETS } from '../../src/bench/budgets.ts';
import { checkBudgets, formatBudget } from '../../src/bench/check-budgets.ts';
import { measureLoad, type LoadMeasurement } from '../../src/bench/measure-load.ts';
import { LOOPBACK } from '../../src/bench/network-profiles.ts';
import { launchBrowser } from '../../src/browser/launch.ts';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';

/**
 * The byte budgets of `npm run bench`, checked in CI with the same measurement: what a fresh
 * visitor downloads (gzip, as served) before slide 1 is ready with its final fonts.
 */
let browser: Browser;
let server: StaticServer;
let m: LoadMeasurement;

beforeAll(async () => {
  server = await serveStatic('dist', { compress: true });
  browser = await launchBrowser();
  m = await measureLoad(browser, server.url, LOOPBACK);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('slide 1 stays within every byte budget in src/bench/budgets.ts', () => {
  const results = checkBudgets(m, BYTE_BUDGETS);
  const over = results.filter((r) => !r.ok).map(formatBudget);
  // Over budget? Load what slide 1 does not draw on demand (a dynamic import, a lazy stylesheet):
  // see the note in src/bench/budgets.ts.
  expect(over, `over budget (src/bench/budgets.ts): ${over.join('; ')}`).toEqual([]);
  expect(m.total.transferred).toBeGreaterThan(50 * 1024); // a real measurement, not an empty page
});

test('slide 1 loads only its own files: no speaker view code, no notes font, no rest of the font, nothing off-origin', () => {
  expect(m.urls.filter((u) => !u.startsWith(server.url))).toEqual([]);
  expect(m.urls.filter((u) => /notes-[\w-]+\.js$/.test(u))).toEqual([]);
  expect(
    m.urls
      .filter((u) => u.endsWith('.woff2'))
      .map((u) => u.replace(/^.*\/noto-sans-jp-([\w-]+)-[0-9a-f]{8}\.woff2$/, '$1'))
      .sort(),
  ).toEqual(['bold', 'regular']);
  // Two scripts, both asked for by the HTML: the entry and reveal.js's own chunk (a modulepreload,
  // src/deck/plugins/chunk-preload.ts). A third would be Rolldown splitting a shared module out of
  // the entry (https://github.com/rolldown/rolldown/issues/10731).
  expect(
    m.urls
      .filter((u) => u.endsWith('.js'))
      .map((u) => u.replace(/^.*\/([a-z-]+)-[\w-]{8}\.js$/, '$1'))
      .sort(),
  ).toEqual(['main', 'reveal']);
});

test('the HTML preloads reveal.js for the deck, and only for screens wider than the reading view’s default', async () => {
  const html = await (await fetch(`${server.url}index.html`)).text();
  const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]*>/g)].map((x) => x[0]);
  expect(preloads.filter((l) => l.includes('reveal-'))).toHaveLength(1);
  expect(preloads.find((l) => l.includes('reveal-'))).toMatch(/href="\.\/assets\/reveal-[\w-]{8}\.js" media="\(min-width: 601px\)"/);
  // Everything else the HTML preloads is a phone's (the reading view's, src/deck/plugins/chunk-preload.ts).
  const others = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((x) => x[0]).filter((l) => !l.includes('reveal-'));
  expect(
    others.filter((l) => !/noto-sans-jp-(regular|bold)-[0-9a-f]{8}\.woff2/.test(l) && !l.includes('media="(max-width: 600px)"')),
  ).toEqual([]);
});

test('on a phone, the HTML asks for the scripts and fonts the reading view needs up to its first paint, each file once', async () => {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2 });
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await page.goto(`${server.url}?lang=ja`);
  await page.waitForFunction(() => document.documentElement.dataset.readingReady === 'true');
  const html = await (await fetch(`${server.url}index.html`)).text();
  await page.close();
  const files = requested.filter((u) => u.startsWith(`${server.url}assets/`)).map((u) => u.slice(server.url.length));
  expect(files.filter((f, i) => files.indexOf(f) !== i)).toEqual([]);
  // The reading chunk, the notes and the reading view's font parts: none found late by a script. Only
  // the chunk's CSS is (see src/deck/plugins/chunk-preload.ts for why).
  expect(files.filter((f) => !html.includes(`"./${f}"`)).map((f) => f.replace(/-[\w-]{8}\./, '.'))).toEqual(['assets/reading-view.css']);
  expect(files.some((f) => /reading-view-[\w-]{8}\.js$/.test(f))).toBe(true);
  expect(files.some((f) => /notes-[\w-]{8}\.js$/.test(f))).toBe(true);
  expect(files.filter((f) => /reveal-[\w-]{8}\.js$/.test(f))).toEqual([]);
});
