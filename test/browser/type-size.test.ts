/**
 * Type size on a 1920×1080 projector: every visible piece of text on every slide, with all its
 * fragments shown, is drawn at 28 px or more (its computed font-size times reveal's scale), in
 * both languages and both themes. Small print that a back row cannot read is a defect. Every
 * content slide's heading starts at the same height (a heading that jumps reads as a different deck).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDeck, slideIds, useDeck } from '../support/browser.ts';

const PROJECTOR = { viewport: { width: 1920, height: 1080 } };
const MIN_PX = 28;

const deck = useDeck();
let context: BrowserContext;

beforeAll(async () => {
  context = await deck.browser.newContext({ ...PROJECTOR, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await context?.close();
});

interface Small {
  slide: string;
  px: number;
  text: string;
  element: string;
}

/** The smallest drawn text of the current slide, every text node whose drawn size is below the floor. */
function smallText(page: Page, min: number): Promise<{ smallest: number; small: Small[]; measured: number }> {
  return page.evaluate((floor) => {
    const deck = window.deck;
    const slide = deck?.getCurrentSlide();
    if (!deck || !slide) throw new Error('no current slide');
    const scale = deck.getScale();
    const small: Small[] = [];
    let smallest = Infinity;
    let measured = 0;
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || !n.textContent?.trim() || el.closest('aside.notes, [hidden]')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const r = range.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (r.width === 0 || r.height === 0 || style.visibility !== 'visible') continue;
      // Drawn only if every ancestor up to the slide is opaque (a fragment not yet shown is 0).
      let opaque = true;
      for (let a: Element | null = el; a && a !== slide.parentElement; a = a.parentElement) {
        if (Number(getComputedStyle(a).opacity) === 0) opaque = false;
      }
      if (!opaque) continue;
      measured++;
      const px = parseFloat(style.fontSize) * scale;
      smallest = Math.min(smallest, px);
      if (px < floor - 0.01) {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        small.push({
          slide: slide.id,
          px: Math.round(px * 10) / 10,
          text: n.textContent.trim().slice(0, 30),
          element: `${el.tagName.toLowerCase()}${cls}`,
        });
      }
    }
    return { smallest, small, measured };
  }, min);
}

describe(`every text on every slide is at least ${MIN_PX} px at 1920×1080`, () => {
  test.each([
    ['ja', 'dark'],
    ['en', 'dark'],
    ['ja', 'light'],
    ['en', 'light'],
  ])('%s, %s theme', async (lang, theme) => {
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}&theme=${theme}`);
    expect(await page.evaluate(() => window.deck?.getScale())).toBeCloseTo(1.44, 2);
    const ids = await slideIds(page);
    const small: Small[] = [];
    let measured = 0;
    let smallest = Infinity;
    for (const id of ids) {
      await page.evaluate((slideId) => {
        const deck = window.deck;
        const slide = document.getElementById(slideId);
        if (!deck || !slide) throw new Error(`no slide ${slideId}`);
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v);
        while (deck.nextFragment()) {
          /* show every fragment */
        }
      }, id);
      const found = await smallText(page, MIN_PX);
      small.push(...found.small);
      measured += found.measured;
      smallest = Math.min(smallest, found.smallest);
    }
    // Guard against measuring nothing (a selector gone stale would make the test pass vacuously).
    expect(measured).toBeGreaterThan(ids.length * 3);
    expect(small.map((s) => `${s.slide}: ${s.px}px ${s.element} "${s.text}"`)).toEqual([]);
    expect(smallest).toBeGreaterThanOrEqual(MIN_PX);
    await page.close();
  });
});

describe('headings at one height', () => {
  test.each(['ja', 'en'])('%s: every content slide’s heading starts at the same height at 1920×1080', async (lang) => {
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}`);
    const ids = await slideIds(page);
    const tops = new Map<string, number>();
    for (const id of ids) {
      const top = await page.evaluate((slideId) => {
        const deck = window.deck;
        const slide = document.getElementById(slideId);
        if (!deck || !slide) throw new Error(`no slide ${slideId}`);
        // Title and section-title slides are posters: their headings are set in the middle.
        if (slide.matches('.title-slide, .section-title')) return null;
        const { h, v } = deck.getIndices(slide);
        deck.slide(h, v);
        const heading = slide.querySelector(':scope > .l10n:not([hidden]) > h2');
        if (!heading) throw new Error(`no heading on ${slideId}`);
        return Math.round(heading.getBoundingClientRect().top - slide.getBoundingClientRect().top);
      }, id);
      if (top !== null) tops.set(id, top);
    }
    expect(tops.size).toBeGreaterThan(ids.length / 2);
    const usual = [...tops.values()].sort((a, b) => a - b)[Math.floor(tops.size / 2)] ?? 0;
    const off = [...tops].filter(([, top]) => Math.abs(top - usual) > 2).map(([id, top]) => `${id}: ${top}px (usual ${usual}px)`);
    expect(off, 'a heading that jumps from slide to slide').toEqual([]);
    await page.close();
  });
});
