/**
 * Japanese and English typesetting as drawn at 1920×1080, every slide with all its fragments shown:
 * a quarter-em between Japanese and Latin (text-autospace), phrase-aware line breaks in Japanese,
 * dates and numbers with units on one line, and no paragraph, list item or heading that leaves a
 * lone scrap on its last line (an orphan: 「こと」, "event").
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDeck, slideIds, useDeck } from '../support/browser.ts';

const PROJECTOR = { viewport: { width: 1920, height: 1080 } };

const deck = useDeck();
let context: BrowserContext;

beforeAll(async () => {
  context = await deck.browser.newContext({ ...PROJECTOR, reducedMotion: 'reduce' });
});
afterAll(async () => {
  await context?.close();
});

interface SlideType {
  slide: string;
  /** Japanese text blocks whose computed style lacks autospace or phrase breaking. */
  unstyled: string[];
  /** `.nowrap` runs drawn on more than one line. */
  splitRuns: string[];
  /** Blocks whose last line is a scrap: its text. */
  orphans: string[];
  blocks: number;
}

/** Shows every fragment of a slide, then measures its text blocks line by line. */
function measure(page: Page, id: string): Promise<SlideType> {
  return page.evaluate((slideId) => {
    const reveal = window.deck;
    const slide = document.getElementById(slideId);
    if (!reveal || !slide) throw new Error(`no slide ${slideId}`);
    const { h, v } = reveal.getIndices(slide);
    reveal.slide(h, v);
    while (reveal.nextFragment()) {
      /* show every fragment */
    }
    const root = slide.querySelector(':scope > .l10n:not([hidden])');
    if (!root) throw new Error(`no visible language in ${slideId}`);
    const BLOCKS = 'h1, h2, p, li, blockquote, figcaption, .chart-label, .ranking-title, .stack-owner';
    const result = { slide: slideId, unstyled: [] as string[], splitRuns: [] as string[], orphans: [] as string[], blocks: 0 };
    for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
      if (el.closest('pre, .qr')) continue;
      const text = el.textContent?.trim() ?? '';
      if (!text) continue;
      const style = getComputedStyle(el);
      if (el.closest(':lang(ja)') && (style.getPropertyValue('text-autospace') !== 'normal' || style.wordBreak !== 'auto-phrase')) {
        // Links keep their name together (keep-all); everything else breaks between phrases.
        if (!el.closest('a')) result.unstyled.push(text.slice(0, 20));
      }
      // The element's own characters, line by line (nested blocks such as a sub-list are their own).
      const lines = new Map<number, string>();
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const owner = n.parentElement?.closest(BLOCKS);
        if (owner !== el || n.parentElement?.closest('code, pre')) continue;
        const value = n.textContent ?? '';
        for (let i = 0; i < value.length; i++) {
          if (!value[i]?.trim()) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + 1);
          const r = range.getClientRects()[0];
          if (!r || r.width === 0) continue;
          const top = [...lines.keys()].find((t) => Math.abs(t - r.top) < r.height / 2) ?? r.top;
          lines.set(top, (lines.get(top) ?? '') + value[i]);
        }
      }
      if (lines.size === 0) continue;
      result.blocks++;
      const last = [...lines.entries()].sort((a, b) => a[0] - b[0]).at(-1)?.[1] ?? '';
      if (lines.size > 1) {
        const ja = el.closest(':lang(ja)') !== null;
        // Japanese: at least three characters besides punctuation; English: more than one word.
        const scrap = ja ? last.replace(/[。、，．・「」『』（）()：:！？!?…—→\s]/g, '').length < 3 : !/\S\s+\S/.test(lastWords(el, last));
        if (scrap) result.orphans.push(`"${last}" ending "${text.slice(0, 24)}…"`);
      }
    }
    for (const run of root.querySelectorAll<HTMLElement>('.nowrap')) {
      const tops = new Set([...run.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) result.splitRuns.push(run.textContent ?? '');
    }
    return result;

    /** The last line of an English block with its spaces: characters were collected without them. */
    function lastWords(block: HTMLElement, letters: string): string {
      const full = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
      let i = full.length;
      let left = letters.length;
      while (i > 0 && left > 0) {
        i--;
        if (full[i]?.trim()) left--;
      }
      return full.slice(i);
    }
  }, id);
}

describe('typesetting at 1920×1080, every slide, all fragments shown', () => {
  test.each(['ja', 'en'])('%s', async (lang) => {
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}`);
    const ids = await slideIds(page);
    const found: SlideType[] = [];
    for (const id of ids) found.push(await measure(page, id));
    // Guard against measuring nothing (a stale selector would make the test pass vacuously).
    expect(found.reduce((sum, f) => sum + f.blocks, 0)).toBeGreaterThan(ids.length * 2);
    const list = (key: 'unstyled' | 'splitRuns' | 'orphans'): string[] => found.flatMap((f) => f[key].map((x) => `${f.slide}: ${x}`));
    expect(list('unstyled'), 'Japanese text without text-autospace and auto-phrase (theme.css)').toEqual([]);
    expect(list('splitRuns'), 'a date or number with its unit broken over two lines').toEqual([]);
    expect(list('orphans'), 'hint: reword or shorten the line, or let the block wrap wider').toEqual([]);
    await page.close();
  });
});
