/**
 * The built index.html carries slide 1 only; the other slides are a chunk the deck inserts once
 * slide 1 is ready (src/runtime/deck-slides.ts), or before reveal starts when its first view needs
 * them. Whatever the way in, the deck a reader or presenter gets is the whole deck.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, deckSlideIds, gotoDeck, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';

const deck = useDeck();
const CHUNK = /deck-slides-[\w-]{8}\.js$/;
let context: BrowserContext;
const ids = deckSlideIds();

beforeAll(async () => {
  context = await deck.browser.newContext(DESKTOP);
});
afterAll(async () => {
  await context?.close();
});

/** What the open deck has: reveal's slides, their ids, the number shown, hidden text by language. */
function deckState(page: Page) {
  return page.evaluate(() => ({
    ids: (window.deck?.getSlides() ?? []).map((s) => s.id),
    total: window.deck?.getTotalSlides(),
    number: document.querySelector('.slide-number')?.textContent?.replace(/\s+/g, ''),
    // Every slide shows one language: the inserted ones too.
    shown: [...document.querySelectorAll('.slides section[id]')].map((s) => s.querySelectorAll(':scope > .l10n:not([hidden])').length),
    nextEnabled: document.querySelector('.controls .navigate-right')?.classList.contains('enabled'),
  }));
}

describe('slide 1 first, the rest after it', () => {
  test('the HTML has slide 1 alone; at ready the deck has every slide, numbered, in one language each', async () => {
    const html = await (await fetch(deck.url)).text();
    expect(html.match(/<section id="/g)).toHaveLength(1);
    expect(html).toContain(`<section id="${ids[0]}"`);
    const page = await openDeck(context, deck.url);
    const state = await deckState(page);
    expect(state.ids).toEqual(ids);
    expect(state.total).toBe(ids.length);
    expect(state.number).toBe(`1/${ids.length}`);
    expect(state.shown.every((n) => n === 1)).toBe(true);
    expect(state.nextEnabled).toBe(true);
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((id) => window.deck?.getCurrentSlide()?.id === id, ids[1]);
    await page.close();
  });

  test('the chunk is fetched after slide 1 is ready, not with it', async () => {
    const page = await context.newPage();
    const started: { url: string; at: number }[] = [];
    page.on('request', (r) => started.push({ url: r.url(), at: Date.now() }));
    await gotoDeck(page, deck.url);
    const [ready, origin] = await page.evaluate(() => [
      performance.getEntriesByName('deck-ready')[0]?.startTime ?? -1,
      performance.timeOrigin,
    ]);
    const chunk = started.find((r) => CHUNK.test(r.url));
    expect(chunk, 'the deck fetched the chunk').toBeDefined();
    expect(ready).toBeGreaterThan(0);
    expect((chunk?.at ?? 0) - origin).toBeGreaterThanOrEqual(ready - 1);
    await page.close();
  });

  test('a deep link, the print view and a speaker preview start with every slide', async () => {
    const last = ids.at(-1) ?? '';
    for (const url of [`${deck.url}#/${last}`, `${deck.url}?receiver#/${ids[0]}`, `${deck.url}?print-pdf`]) {
      const page = await openDeck(context, url);
      const state = await deckState(page);
      expect(state.ids, url).toEqual(ids);
      if (url.includes(last)) expect(await page.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe(last);
      await page.close();
    }
  });

  test('a chunk that fails to load is tried again: the deck ends up whole, and says why it waited', async () => {
    const ctx = await deck.browser.newContext(DESKTOP);
    const log = await recordActivity(ctx);
    let refused = 0;
    await ctx.route(CHUNK, (route) => (refused++ === 0 ? route.abort('internetdisconnected') : route.continue()));
    const page = await openDeck(ctx, deck.url);
    expect(refused).toBeGreaterThanOrEqual(2);
    expect((await deckState(page)).ids).toEqual(ids);
    expect(problems(log).some((p) => p.includes('did not load; trying again'))).toBe(true);
    await ctx.close();
  });
});
