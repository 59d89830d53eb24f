/**
 * Japanese and English typesetting as drawn at 1920×1080, every slide with all its fragments shown,
 * and on 360 and 390 px phones (the scroll view): a quarter-em between Japanese and Latin
 * (text-autospace), phrase-aware line breaks in Japanese, no word broken inside ("Knowled/ge",
 * 「ナレッ/ジ」), no formal noun cut from its word (「持ち帰りたい/こと」), dates and numbers with
 * units on one line, and no block that leaves a lone scrap on its last line (an orphan: 「こと」,
 * "event"; on a phone, headings and labels left with one character or one word).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { deckSlideIds, openDeck, slideIds, useDeck } from '../support/browser.ts';

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
  /** A word split over two lines: "Knowled/ge", 「ナレッ/ジ」. */
  midWord: string[];
  /** A Japanese line that starts with a word depending on the one before it: 「持ち帰りたい/こと」, 「）/を指す」. */
  dependent: string[];
  blocks: number;
}

interface Rules {
  /** Show every fragment first (the projector); the scroll view lays every slide out as it is. */
  navigate: boolean;
  /** Which blocks the scrap rule applies to, and the scrap: under `jaMin` characters, or `enWords` words. */
  orphanBlocks: string;
  jaMin: number;
  enWords: number;
}

const PROJECTOR_RULES: Rules = { navigate: true, orphanBlocks: '*', jaMin: 3, enWords: 2 };
/** A phone's line holds ten to fourteen characters: only a heading or label left with one character or word is an orphan. */
const PHONE_RULES: Rules = { navigate: false, orphanBlocks: 'h1, h2, .section-label, .lead', jaMin: 2, enWords: 2 };

/** Measures a slide's text blocks line by line (after showing every fragment, on the projector). */
function measure(page: Page, id: string, rules: Rules): Promise<SlideType> {
  return page.evaluate(
    ({ slideId, rules }) => {
      const reveal = window.deck;
      const slide = document.getElementById(slideId);
      if (!reveal || !slide) throw new Error(`no slide ${slideId}`);
      if (rules.navigate) {
        const { h, v } = reveal.getIndices(slide);
        reveal.slide(h, v);
        while (reveal.nextFragment()) {
          /* show every fragment */
        }
      }
      const root = slide.querySelector(':scope > .l10n:not([hidden])');
      if (!root) throw new Error(`no visible language in ${slideId}`);
      const BLOCKS = 'h1, h2, p, li, blockquote, figcaption, .chart-label, .ranking-title, .stack-owner, td, th';
      const DEPENDENT = /^(こと|もの|ため|ところ|とき|よう|はず|わけ)/;
      const WORDISH = /[\p{Script=Hiragana}\p{Script=Han}\p{Script=Katakana}ー]$/u;
      const result: SlideType = { slide: slideId, unstyled: [], splitRuns: [], orphans: [], midWord: [], dependent: [], blocks: 0 };
      for (const el of root.querySelectorAll<HTMLElement>(BLOCKS)) {
        if (el.closest('pre, .qr')) continue;
        const text = el.textContent?.trim() ?? '';
        if (!text) continue;
        const ja = el.closest(':lang(ja)') !== null;
        const style = getComputedStyle(el);
        if (ja && (style.getPropertyValue('text-autospace') !== 'normal' || style.wordBreak !== 'auto-phrase')) {
          // Links keep their name together (keep-all); everything else breaks between phrases.
          if (!el.closest('a')) result.unstyled.push(text.slice(0, 20));
        }
        // The element's own characters in order, each with its line and whether a space came before it
        // (nested blocks such as a sub-list are their own).
        const chars: { ch: string; top: number; height: number; spaced: boolean }[] = [];
        let spaced = false;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const owner = n.parentElement?.closest(BLOCKS);
          if (owner !== el || n.parentElement?.closest('code, pre')) {
            spaced = true;
            continue;
          }
          // A flex or grid item (a label's parts, the agenda's minutes) is a word of its own.
          const own = n.parentElement && n.parentElement !== el ? getComputedStyle(n.parentElement).display : 'inline';
          if (own !== 'inline') spaced = true;
          const value = n.textContent ?? '';
          for (let i = 0; i < value.length; i++) {
            const ch = value[i] ?? '';
            if (!ch.trim()) {
              spaced = true;
              continue;
            }
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getClientRects()[0];
            if (!r || r.width === 0) continue;
            chars.push({ ch, top: r.top, height: r.height, spaced });
            spaced = false;
          }
          if (own !== 'inline') spaced = true;
        }
        if (chars.length === 0) continue;
        result.blocks++;
        // Lines in text order; `wrapped` when the line continues the one above (a grid's next cell
        // may sit higher up, as the agenda's minutes do beside the title).
        const lines: { text: string; top: number; spacedBefore: boolean; wrapped: boolean }[] = [];
        for (const c of chars) {
          const line = lines.at(-1);
          if (line && Math.abs(c.top - line.top) < c.height / 2) line.text += c.ch;
          else lines.push({ text: c.ch, top: c.top, spacedBefore: c.spaced, wrapped: !!line && c.top > line.top });
        }
        for (let k = 1; k < lines.length; k++) {
          const before = lines[k - 1]?.text ?? '';
          const line = lines[k];
          if (!line?.wrapped) continue;
          const joint = `${before.slice(-1)}${line.text.slice(0, 1)}`;
          // Letters on both sides with no space between: a Latin word, or a katakana word, split.
          if (!line.spacedBefore && (/^[A-Za-z]{2}$/.test(joint) || /^[\p{Script=Katakana}ー]{2}$/u.test(joint))) {
            result.midWord.push(`"${before.slice(-6)}/${line.text.slice(0, 6)}" in "${text.slice(0, 24)}…"`);
          }
          // A particle never opens a line: 「を」 anywhere, the others right after a closing bracket.
          const particle = /^を/.test(line.text) || (/^[がはにへでとのもや]/.test(line.text) && /[）」』]$/.test(before));
          if (ja && ((DEPENDENT.test(line.text) && WORDISH.test(before)) || particle)) {
            result.dependent.push(`"${before.slice(-6)}/${line.text.slice(0, 6)}" in "${text.slice(0, 24)}…"`);
          }
        }
        const rows = new Map<number, string>();
        for (const l of lines) {
          const top = [...rows.keys()].find((t) => Math.abs(t - l.top) < 4) ?? l.top;
          rows.set(top, (rows.get(top) ?? '') + l.text);
        }
        const last = [...rows.entries()].sort((a, b) => a[0] - b[0]).at(-1)?.[1] ?? '';
        if (rows.size > 1 && el.matches(rules.orphanBlocks)) {
          // Japanese: at least jaMin characters besides punctuation; English: at least enWords words.
          const scrap = ja
            ? last.replace(/[。、，．・「」『』（）()：:！？!?…—→\s]/g, '').length < rules.jaMin
            : enOrphan(lastWords(el, last), text, rules.enWords);
          if (scrap) result.orphans.push(`"${last}" ending "${text.slice(0, 24)}…"`);
        }
      }
      for (const run of root.querySelectorAll<HTMLElement>('.nowrap')) {
        const tops = new Set([...run.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        if (tops.size > 1) result.splitRuns.push(run.textContent ?? '');
      }
      return result;

      /**
       * An English last line of fewer than `min` words is a scrap when it is short (a long word such as
       * "circumstances." fills its line) and the block had more words to share (a two-word heading
       * split one and one is balanced, not orphaned).
       */
      function enOrphan(lastLine: string, whole: string, min: number): boolean {
        const words = lastLine.split(/\s+/).filter(Boolean);
        if (words.length >= min) return false;
        return (words[0] ?? '').replace(/[^\p{L}\p{N}]/gu, '').length < 8 && whole.split(/\s+/).length > 2;
      }

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
    },
    { slideId: id, rules },
  );
}

type ListKey = 'unstyled' | 'splitRuns' | 'orphans' | 'midWord' | 'dependent';

function expectTypeset(found: SlideType[], ids: string[]): void {
  // Guard against measuring nothing (a stale selector would make the test pass vacuously).
  expect(found.reduce((sum, f) => sum + f.blocks, 0)).toBeGreaterThan(ids.length * 2);
  const list = (key: ListKey): string[] => found.flatMap((f) => f[key].map((x) => `${f.slide}: ${x}`));
  expect(list('unstyled'), 'Japanese text without text-autospace and auto-phrase (theme.css)').toEqual([]);
  expect(list('splitRuns'), 'a date or number with its unit broken over two lines').toEqual([]);
  expect(list('midWord'), 'a word broken inside: the box is too narrow for it (size, or let it shrink)').toEqual([]);
  expect(list('dependent'), 'a formal noun or particle cut from its word (typeset.ts keepPhrasesTogether)').toEqual([]);
  expect(list('orphans'), 'hint: reword or shorten the line, or let the block wrap wider').toEqual([]);
}

describe('typesetting at 1920×1080, every slide, all fragments shown', () => {
  test.each(['ja', 'en'])('%s', async (lang) => {
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}`);
    const ids = await slideIds(page);
    const found: SlideType[] = [];
    for (const id of ids) found.push(await measure(page, id, PROJECTOR_RULES));
    expectTypeset(found, ids);
    await page.close();
  });
});

describe.each([
  { width: 360, height: 740 },
  { width: 390, height: 844 },
])('typesetting on a phone, $width×$height (scroll view)', (viewport) => {
  test.each(['ja', 'en'])('%s', async (lang) => {
    const phone = await deck.browser.newContext({ viewport, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
    try {
      const page = await openDeck(phone, `${deck.url}?view=slides&lang=${lang}`);
      expect(await page.locator('.reveal-viewport.reveal-scroll').count(), 'the scroll view is active').toBe(1);
      const ids = deckSlideIds();
      const found: SlideType[] = [];
      for (const id of ids) found.push(await measure(page, id, PHONE_RULES));
      expectTypeset(found, ids);
    } finally {
      await phone.close();
    }
  });
});
