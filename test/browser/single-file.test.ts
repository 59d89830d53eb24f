import { existsSync, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';

/**
 * `npm run build:single`: one HTML file a presenter carries on a USB stick. Opened from file://
 * with every network request blocked, it must work completely, speaker view included.
 */
const deck = useDeck();
const OUT = resolve('dist-single');
const FILE = resolve(OUT, 'index.html');

beforeAll(async () => {
  await build({ mode: 'single', logLevel: 'warn' });
}, 120_000);

describe('single-file build', () => {
  test('is one file, with no asset folder beside it', () => {
    expect(readdirSync(OUT)).toEqual(['index.html']);
    expect(statSync(FILE).size).toBeGreaterThan(100_000); // scripts, styles and fonts are inside
    expect(existsSync(resolve(OUT, 'assets'))).toBe(false);
  });

  test('works from file:// with the network off: slides, fonts, speaker view; no request leaves the file', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    await context.setOffline(true);
    await context.route(/^(?!file:|data:)/, (route) => route.abort());
    const log = await recordActivity(context);
    const page = await openDeck(context, `${pathToFileURL(FILE).href}#/agenda`);
    expect(await page.evaluate(() => document.fonts.check('1em "Deck Noto Sans JP"', 'セキュリティ'))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').length)).toBeGreaterThanOrEqual(2);

    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => window.deck?.getCurrentSlide()?.id);
    expect(second).not.toBe('agenda');

    // The single file has no speaker.html: its speaker view is the same file, ?view=speaker.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    expect(new URL(popup.url()).searchParams.get('view')).toBe('speaker');
    const notes = popup.locator('.speaker-notes-text');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toMatch(/\S{10,}/);
    // The view has the notes built in; the deck page loads its own copy only on request.
    await page.evaluate(() => window.loadDeckNotes?.());
    const expected = await page.evaluate(() =>
      window.deck?.getCurrentSlide()?.querySelector('aside.notes .l10n:not([hidden])')?.textContent?.trim().slice(0, 12),
    );
    expect(await notes.innerText()).toContain(expected ?? '(no notes)');
    // The previews are the same file in iframes: they must have loaded the deck, not an error page.
    await expect.poll(() => popup.frames().filter((f) => f.url().includes('receiver')).length).toBe(2);
    const previews = popup.frames().filter((f) => f.url().includes('receiver'));
    for (const frame of previews) {
      await frame.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 15_000 });
    }
    // The view and the deck talk over a BroadcastChannel between file:// windows: both ways.
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => window.deck?.getCurrentSlide()?.id)).not.toBe(second);
    const third = await page.evaluate(() => window.deck?.getCurrentSlide()?.id);
    await expect.poll(() => popup.locator('.speaker-current .speaker-title').innerText()).not.toBe('');
    const previewFrame = await (await popup.waitForSelector('.speaker-current iframe')).contentFrame();
    await expect.poll(() => previewFrame?.evaluate(() => window.deck?.getCurrentSlide()?.id), { timeout: 10_000 }).toBe(third);

    expect(log.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});
