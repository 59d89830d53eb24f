/**
 * The light scheme: `?theme=light` and Shift+T switch it, reveal's `?` help lists the key, the
 * choice lasts for the tab (sessionStorage) and a bad `?theme=` value is named in the console; the
 * print view keeps the section colours of the screen.
 * Contrast in both schemes is a11y.test.ts's job; the PDF's light pages are pdf.test.ts's.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { PROBE_SCRIPT, waitForPdfReady } from '../../src/pdf/page-probe.ts';
import { DESKTOP, gotoDeck, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';

const deck = useDeck();

const scheme = (page: Page): Promise<{ theme?: string; bg: string; meta?: string | null }> =>
  page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    bg: getComputedStyle(document.querySelector('.reveal-viewport') ?? document.body).backgroundColor,
    meta: document.querySelector('meta[name="color-scheme"]')?.getAttribute('content'),
  }));

test('?theme=light draws the slides dark on white; without it the deck is dark', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const log = await recordActivity(context);
  const light = await openDeck(context, `${deck.url}?theme=light#/agenda`);
  expect(await scheme(light)).toEqual({ theme: 'light', bg: 'rgb(255, 255, 255)', meta: 'light' });
  const heading = await light.$eval('section#agenda h2', (h) => getComputedStyle(h).color);
  expect(heading).toBe('rgb(27, 36, 48)');
  const dark = await context.newPage();
  await gotoDeck(dark, `${deck.url}#/agenda`);
  expect(await scheme(dark)).toEqual({ theme: 'dark', bg: 'rgb(15, 27, 45)', meta: 'dark' });
  expect(problems(log)).toEqual([]);
  await context.close();
});

test('Shift+T switches the scheme, is in the ? help, and is remembered for the tab only', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const page = await openDeck(context, `${deck.url}?transition=none#/agenda`);
  await page.keyboard.press('Shift+?');
  await page.waitForSelector('.r-overlay-help table');
  const row = await page.$$eval('.r-overlay-help table tr', (trs) =>
    trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ').trim()).find((t) => t.startsWith('Shift + T')),
  );
  expect(row).toMatch(/配色.*light and dark/);
  await page.keyboard.press('Escape');
  const slide = await page.evaluate(() => window.deck?.getCurrentSlide()?.id);

  await page.keyboard.press('Shift+T');
  expect((await scheme(page)).theme).toBe('light');
  // Shift+T is not reveal's key for anything: the slide stays, and plain t does nothing.
  expect(await page.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe(slide);
  await page.keyboard.press('t');
  expect((await scheme(page)).theme).toBe('light');

  // A reload in the same tab keeps it; a new tab (a new session) starts dark.
  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  expect((await scheme(page)).theme).toBe('light');
  const other = await context.newPage();
  await gotoDeck(other, deck.url);
  expect((await scheme(other)).theme).toBe('dark');

  // The URL wins over the remembered choice, and Shift+T goes back.
  await gotoDeck(page, `${deck.url}?theme=dark`);
  expect((await scheme(page)).theme).toBe('dark');
  await page.keyboard.press('Shift+T');
  expect(await scheme(page)).toEqual({ theme: 'light', bg: 'rgb(255, 255, 255)', meta: 'light' });
  await context.close();
});

test('a ?theme= value that is no scheme: dark, and a console warning with the value and the choices', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const page = await context.newPage();
  const warnings: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await gotoDeck(page, `${deck.url}?theme=sepia`);
  expect((await scheme(page)).theme).toBe('dark');
  expect(warnings).toContainEqual(expect.stringContaining('?theme="sepia" is not a colour scheme: use ?theme=dark or ?theme=light'));
  await context.close();
});

test('the print view keeps each section its colour, in both schemes (reveal flattens the sections; the export marks them)', async () => {
  for (const theme of ['dark', 'light']) {
    const context = await deck.browser.newContext(DESKTOP);
    const screen = await openDeck(context, `${deck.url}?theme=${theme}`);
    // The colour of every content slide's heading rule, as the deck draws it on screen.
    const onScreen = await screen.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.slides section[id] h2')].map((h) => [
          h.closest('section[id]')?.id,
          getComputedStyle(h).borderBottomColor,
        ]),
      ),
    );
    await context.addInitScript({ content: PROBE_SCRIPT });
    const print = await context.newPage();
    await print.goto(`${deck.url}?print-pdf&theme=${theme}`);
    await waitForPdfReady(print);
    const printed = await print.evaluate(() =>
      Object.fromEntries(
        [...document.querySelectorAll('.pdf-page section[id] h2')].map((h) => [
          h.closest('section[id]')?.id,
          getComputedStyle(h).borderBottomColor,
        ]),
      ),
    );
    expect(Object.keys(printed).length).toBeGreaterThan(10);
    expect(printed).toEqual(onScreen);
    // Not one colour everywhere: the sections really differ (five colours and the neutral one).
    expect(new Set(Object.values(printed)).size).toBeGreaterThanOrEqual(5);
    await context.close();
  }
});
