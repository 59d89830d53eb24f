/**
 * The presenter's keys and the projected slide: reveal's `?` help lists what the keys really do
 * (Shift+L and Shift+N switch languages; plain L and N stay reveal's "next"), and while presenting
 * (mouse idle, speaker view open) the slide carries no language button and no arrows, while the
 * slide number grows with the slide.
 */
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { currentStep, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';

const deck = useDeck();

/** The help overlay's rows: key → description. */
async function helpRows(page: Page): Promise<Map<string, string>> {
  await page.keyboard.press('Shift+?');
  await page.waitForSelector('.r-overlay-help table');
  const rows = await page.$$eval('.r-overlay-help table tr', (trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/\s+/g, ' ').trim())),
  );
  await page.keyboard.press('Escape');
  return new Map(rows.filter((r) => r.length === 2).map(([k, v]) => [k ?? '', v ?? '']));
}

const langs = (page: Page): Promise<{ html: string; notes: string | null }> =>
  page.evaluate(() => ({ html: document.documentElement.lang, notes: new URL(location.href).searchParams.get('noteLang') }));

const opacity = (page: Page, selector: string): Promise<number> => page.$eval(selector, (el) => Number(getComputedStyle(el).opacity));

describe('keys', () => {
  test('the ? help lists Shift+L, Shift+N and S, and the keys do what it says', async () => {
    const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const log = await recordActivity(context);
    const page = await openDeck(context, `${deck.url}?lang=ja&transition=none#/agenda`);
    const help = await helpRows(page);
    expect(help.get('Shift + L')).toMatch(/スライドの言語.*Switch the slides’ language/);
    expect(help.get('Shift + N')).toMatch(/ノートの言語.*Switch the notes’ language/);
    expect(help.get('S')).toMatch(/Speaker view/);
    // No row claims plain L or N for anything but "next".
    const next = [...help].find(([, v]) => v === 'Next slide')?.[0] ?? '';
    expect(next).toMatch(/\bN\b/);
    expect(next).toMatch(/\bL\b/);
    expect([...help.keys()].filter((k) => k === 'L' || k === 'N')).toEqual([]);

    const start = await currentStep(page);
    await page.keyboard.press('Shift+L');
    expect((await langs(page)).html).toBe('en');
    expect((await currentStep(page)).id).toBe(start.id);
    await page.keyboard.press('Shift+N');
    expect((await langs(page)).notes).toBe('ja');
    expect(await currentStep(page)).toEqual(start); // Shift+N is not reveal's "next" here

    // Plain L and N are reveal's "next", as the help says: the language stays.
    await page.keyboard.press('l');
    await page.waitForFunction((s) => window.deck?.getCurrentSlide()?.id !== s, start.id);
    await page.keyboard.press('n');
    expect((await langs(page)).html).toBe('en');
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

describe('the projected slide while presenting', () => {
  test('no UI once the mouse is idle or the speaker view is open; the slide number scales', async () => {
    const context = await deck.browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' });
    await context.clock.install();
    const page = await openDeck(context, `${deck.url}?transition=none#/agenda`);
    await page.mouse.move(200, 200);
    expect(await opacity(page, '.lang-switch')).toBe(1);
    expect(await opacity(page, '.reveal .controls')).toBe(1);

    await page.clock.fastForward(3500);
    await page.waitForSelector('html.deck-presenting');
    expect(await opacity(page, '.lang-switch')).toBe(0);
    expect(await opacity(page, '.reveal .controls')).toBe(0);

    // The mouse brings the button back (a reader at a desk)…
    await page.mouse.move(400, 300);
    await page.waitForSelector('html:not(.deck-presenting)');
    expect(await opacity(page, '.lang-switch')).toBe(1);

    // …but not while the speaker view is open.
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await page.bringToFront();
    await page.mouse.move(600, 400);
    await page.waitForSelector('html.deck-presenting');
    await page.mouse.move(700, 500);
    await page.waitForTimeout(50);
    expect(await page.evaluate(() => document.documentElement.classList.contains('deck-presenting'))).toBe(true);
    expect(await opacity(page, '.lang-switch')).toBe(0);
    await popup.close();
    await page.mouse.move(650, 450);
    await page.clock.fastForward(1100);
    await page.waitForSelector('html:not(.deck-presenting)');

    // 1920×1080 scales the slide by 1.44: the number is drawn at ≥ 28 px, not reveal's fixed 18.
    const size = await page.$eval('.reveal .slide-number', (el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await context.close();
  });
});
