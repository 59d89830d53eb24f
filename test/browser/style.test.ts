/**
 * The deck's style rules (README, "Content and style rules") on what the built deck shows and
 * says: every slide's text and its speaker notes, in both languages, as the browser has them
 * (components and data included, which the slide files never spell out). Code and addresses are
 * written as they must be typed and are left out.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openDeck, useDeck } from '../support/browser.ts';

/** Official titles keep their own spelling (README): the talk title is written with half-width 「!?」. */
const OFFICIAL_TITLES = ['クラック・サイト改ざんが発覚!被害の実例・事後対処は?'];

interface Text {
  slide: string;
  where: 'slide' | 'notes';
  text: string;
}

const deck = useDeck();
let context: BrowserContext;
const texts: Record<string, Text[]> = {};

/** Every slide's visible text and its notes in one language, without code and link addresses. */
async function readTexts(page: Page): Promise<Text[]> {
  return page.evaluate(() => {
    const clean = (root: Element): string => {
      const copy = root.cloneNode(true) as Element;
      copy.querySelectorAll('pre, code').forEach((el) => el.remove());
      // A link whose text is its address (the QR caption) is typed, not read.
      copy.querySelectorAll('a').forEach((a) => {
        if (/^(https?:\/\/)?[\w-]+(\.[\w-]+)+(\/\S*)?$/.test(a.textContent?.trim() ?? '')) a.remove();
      });
      return copy.textContent ?? '';
    };
    return [...document.querySelectorAll<HTMLElement>('.slides section[id]')].flatMap((s) => [
      ...[...s.querySelectorAll(':scope > div.l10n:not([hidden])')].map((d) => ({ slide: s.id, where: 'slide' as const, text: clean(d) })),
      ...[...s.querySelectorAll('aside.notes div.l10n:not([hidden])')].map((d) => ({
        slide: s.id,
        where: 'notes' as const,
        text: clean(d),
      })),
    ]);
  });
}

beforeAll(async () => {
  context = await deck.browser.newContext(DESKTOP);
  for (const lang of ['ja', 'en']) {
    const page = await openDeck(context, `${deck.url}?transition=none&showNotes=true&lang=${lang}`);
    texts[lang] = await readTexts(page);
    await page.close();
  }
});

afterAll(async () => {
  await context?.close();
});

const escapeRe = (c: string): string => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every match of `re` in the texts, as 「slide (where): "…context…"」 for the failure message. */
function find(list: readonly Text[], re: RegExp, strip: readonly string[] = []): string[] {
  return list.flatMap(({ slide, where, text }) => {
    // A title may be set over two lines (a <br> and the source's line break inside it).
    const t = strip.reduce((acc, s) => acc.replace(new RegExp([...s].map(escapeRe).join('\\s*'), 'g'), ' '), text);
    return [...t.matchAll(re)].map((m) => `${slide} (${where}): "${t.slice(Math.max(0, m.index - 12), m.index + 12).trim()}"`);
  });
}

describe('style of the built deck, slides and notes', () => {
  test('both languages were read, notes included (a stale selector would check nothing)', () => {
    for (const lang of ['ja', 'en']) {
      const list = texts[lang] ?? [];
      expect(list.filter((t) => t.where === 'slide').length, lang).toBeGreaterThan(30);
      expect(list.filter((t) => t.where === 'notes').length, lang).toBe(list.filter((t) => t.where === 'slide').length);
    }
  });

  test('Japanese text uses full-width 「：！？（）」; half-width only in code, addresses and official titles', () => {
    const found = find(texts.ja ?? [], /[:!?()]/g, OFFICIAL_TITLES);
    expect(found, 'hint: write ：！？（） in Japanese text (README, Content and style rules)').toEqual([]);
  });

  test('one honorific for everyone: さん in Japanese, bare surnames in English', () => {
    expect(find(texts.ja ?? [], /氏(?!名)/g), 'hint: 石森さん, like everyone else').toEqual([]);
    expect(find(texts.en ?? [], /\b(?:Mr|Mrs|Ms|Dr)\.?\s/g), 'hint: "Fujisaki", not "Mr. Fujisaki"').toEqual([]);
  });

  test('dates are written as prose writes them, never as ISO dates', () => {
    const iso = /\b\d{4}-\d{2}-\d{2}\b/g;
    expect(find(texts.ja ?? [], iso), 'hint: 2016年3月31日').toEqual([]);
    expect(find(texts.en ?? [], iso), 'hint: March 31, 2016').toEqual([]);
  });

  test('English uses American spelling', () => {
    const british = /\b(?:organis\w*|defence|programme|colour\w*|behaviour\w*|centre|analys(?:e|ed|ing)|recognis\w*|favour\w*)\b/gi;
    expect(find(texts.en ?? [], british), 'hint: organization, defense, program, color').toEqual([]);
  });
});
