/**
 * The slides on a phone (reveal's scroll view, `?view=slides`) at 360×740 and 390×844, both
 * languages: nothing on any slide runs past the slide's right or left edge (a section label, the
 * agenda's minutes, a heading, the responsibility stack did), a box that still scrolls sideways
 * (code) shows that it does, and the title slide's headline is its largest line by far.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deckSlideIds, openDeck, useDeck } from '../support/browser.ts';

const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];

const deck = useDeck();
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  for (const viewport of PHONES) {
    contexts.push(await deck.browser.newContext({ viewport, isMobile: true, hasTouch: true, reducedMotion: 'reduce' }));
  }
});
afterAll(async () => {
  for (const c of contexts) await c.close();
});

interface Layout {
  /** Elements and text that leave their slide's box sideways. */
  outside: string[];
  /** Boxes that scroll sideways without the edge shadow that says so. */
  silentScrollers: string[];
  scrollers: number;
  measured: number;
}

/** Every slide of the scroll view, measured in place (the scroll view lays them all out). */
function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const result: Layout = { outside: [], silentScrollers: [], scrollers: 0, measured: 0 };
    const name = (el: Element): string =>
      `${el.tagName.toLowerCase()}${typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;
    for (const slide of document.querySelectorAll<HTMLElement>('.slides section[id]')) {
      const root = slide.querySelector(':scope > .l10n:not([hidden])');
      if (!root) continue;
      const box = slide.getBoundingClientRect();
      const sideways = (r: DOMRect): string | null => {
        if (r.width === 0 && r.height === 0) return null;
        if (r.left < box.left - 1) return `left by ${(box.left - r.left).toFixed(0)}px`;
        if (r.right > box.right + 1) return `right by ${(r.right - box.right).toFixed(0)}px`;
        return null;
      };
      for (const el of root.querySelectorAll('*')) {
        // Inside a box that scrolls, content may run on: the box itself is what must fit.
        const scroller = el.parentElement?.closest('pre, table');
        if (scroller && getComputedStyle(scroller).overflowX !== 'visible') continue;
        result.measured++;
        const side = sideways(el.getBoundingClientRect());
        if (side) result.outside.push(`${slide.id}: ${name(el)} "${(el.textContent ?? '').trim().slice(0, 30)}" ${side}`);
      }
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const scroller = n.parentElement?.closest('pre, table');
        if (!n.textContent?.trim() || (scroller && getComputedStyle(scroller).overflowX !== 'visible')) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        for (const r of range.getClientRects()) {
          const side = sideways(r);
          if (side) {
            result.outside.push(`${slide.id}: text "${n.textContent.trim().slice(0, 30)}" ${side}`);
            break;
          }
        }
      }
      for (const el of root.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(el);
        if (!['auto', 'scroll'].includes(style.overflowX) || el.scrollWidth <= el.clientWidth + 1) continue;
        result.scrollers++;
        // The cue: gradient layers, some fixed to the box ("scroll"), some moving with the text ("local").
        const cue = style.backgroundImage.includes('gradient') && style.backgroundAttachment.includes('local');
        if (!cue) result.silentScrollers.push(`${slide.id}: ${name(el)} scrolls ${el.scrollWidth - el.clientWidth}px`);
      }
    }
    return result;
  });
}

/** The title slide's headline against every other line on it: font sizes in px. */
function titleSizes(page: Page): Promise<{ headline: number; others: { text: string; px: number }[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('#title > .l10n:not([hidden])');
    const h1 = root?.querySelector('h1');
    if (!root || !h1) throw new Error('no title slide headline');
    const others = [...root.querySelectorAll<HTMLElement>(':scope > :not(h1, .qr, .qr-slot)')]
      .filter((el) => el.textContent?.trim())
      .map((el) => ({ text: el.textContent?.trim().slice(0, 20) ?? '', px: parseFloat(getComputedStyle(el).fontSize) }));
    return { headline: parseFloat(getComputedStyle(h1).fontSize), others };
  });
}

describe.each(PHONES.map((p, i) => ({ ...p, i })))('phone $width×$height, scroll view', ({ i }) => {
  test.each(['ja', 'en'])('%s: every slide fits its width; what scrolls sideways says so; the title leads', async (lang) => {
    const context = contexts[i];
    if (!context) throw new Error('no context');
    const page = await openDeck(context, `${deck.url}?view=slides&lang=${lang}`);
    expect(await page.locator('.reveal-viewport.reveal-scroll').count(), 'the scroll view is active').toBe(1);
    const ids = deckSlideIds();
    const found = await layout(page);
    // Guard against measuring nothing (a stale selector would make the test pass vacuously).
    expect(found.measured).toBeGreaterThan(ids.length * 5);
    expect(found.outside, 'hint: let the element wrap (min-width: 0, minmax(0, 1fr), flex-wrap)').toEqual([]);
    expect(found.silentScrollers, 'a sideways-scrolling box needs its edge shadow (code.css)').toEqual([]);
    // Code wider than a phone exists in this deck: the cue check above measured something.
    expect(found.scrollers).toBeGreaterThan(0);
    const { headline, others } = await titleSizes(page);
    expect(others.length).toBeGreaterThan(2);
    const tooBig = others.filter((o) => o.px * 1.25 > headline).map((o) => `"${o.text}" ${o.px}px`);
    expect(tooBig, `the headline (${headline}px) must be 1.25× every other line`).toEqual([]);
    await page.close();
  });
});
