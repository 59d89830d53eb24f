/**
 * Deep links: `#/<slide-id>` opens that slide, a reload stays there, and moving on rewrites the
 * hash, so a link shared in chat or a browser restart lands where it should.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, currentStep, gotoDeck, openDeck, press, slideIds, useDeck, waitForDeck } from '../support/browser.ts';

const deck = useDeck();
let context: BrowserContext;
let ids: string[];

const currentId = (page: Page): Promise<string | undefined> => page.evaluate(() => window.deck?.getCurrentSlide()?.id);

/** reveal rewrites the hash at most once a second, so wait for it rather than read it at once. */
async function waitForHash(page: Page, hash: string): Promise<void> {
  await page.waitForFunction((h) => location.hash === h, hash, { timeout: 5_000 });
}

beforeAll(async () => {
  context = await deck.browser.newContext(DESKTOP);
  const page = await openDeck(context, `${deck.url}?transition=none`);
  ids = await slideIds(page);
  await page.close();
});

afterAll(async () => {
  await context?.close();
});

describe('deep links', () => {
  test('#/<id> opens the first, a middle and the last slide, and a reload keeps the place', async () => {
    expect(ids.length).toBeGreaterThan(2);
    const targets = [ids[0], ids[Math.floor(ids.length / 2)], ids.at(-1)].filter((id): id is string => !!id);
    for (const id of targets) {
      // A fresh page each time: a real visit, not a hashchange inside an open deck.
      const page = await context.newPage();
      await gotoDeck(page, `${deck.url}?transition=none#/${id}`);
      expect(await currentId(page), `opened #/${id}`).toBe(id);
      expect(await page.evaluate(() => document.title)).not.toBe('');
      await page.reload();
      await waitForDeck(page);
      expect(await currentId(page), `reloaded #/${id}`).toBe(id);
      await page.close();
    }
  });

  test('a link to a slide id also works without ?transition=none (as people share it)', async () => {
    const id = ids[Math.floor(ids.length / 3)] ?? '';
    const page = await context.newPage();
    await gotoDeck(page, `${deck.url}#/${id}`);
    expect(await currentId(page)).toBe(id);
    await page.close();
  });

  test('moving through the deck rewrites the hash to the current slide id', async () => {
    const page = await context.newPage();
    const start = ids[1] ?? '';
    await gotoDeck(page, `${deck.url}?transition=none#/${start}`);
    await waitForHash(page, `#/${start}`);
    let step = await currentStep(page);
    // → until the next slide (past this slide's fragments, which add /<fragment> to the hash).
    while (step.id === start) step = await press(page, 'ArrowRight', step);
    expect(step.id).toBe(ids[2]);
    await waitForHash(page, `#/${step.id}`);
    step = await press(page, 'ArrowLeft', step);
    expect(step.id).toBe(start);
    // Back onto a slide with its fragments shown: the hash may name the fragment.
    await page.waitForFunction((id) => location.hash === `#/${id}` || location.hash.startsWith(`#/${id}/`), start, { timeout: 5_000 });
    // And the hash a reader copies now opens this very slide.
    const hash = await page.evaluate(() => location.hash);
    const copy = await context.newPage();
    await gotoDeck(copy, `${deck.url}?transition=none${hash}`);
    expect(await currentId(copy)).toBe(start);
    await copy.close();
    await page.close();
  });

  test('the page title follows the slide', async () => {
    const page = await openDeck(context, `${deck.url}?transition=none#/${ids[1] ?? ''}`);
    const heading = await page.evaluate(
      () => window.deck?.getCurrentSlide()?.querySelector('.l10n:not([hidden]) :is(h1, h2)')?.textContent?.trim() ?? '',
    );
    expect(heading).not.toBe('');
    await page.waitForFunction((h) => document.title.startsWith(h), heading.replace(/\s+/g, ' ').slice(0, 8));
    await page.close();
  });
});
