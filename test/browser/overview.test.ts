/**
 * The overview (`O`): every part of the event on screen at once at 1280×720 and 1920×1080, each
 * part's columns under a label with its title from the agenda, in the slides' language; slides with
 * fragments show all of them; reveal's clicks still navigate. reveal's own overview (one column
 * per part around the current slide, no labels) fails every test here.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';
import { shippedCmaps, uncoveredGlyphs, type FaceRole } from '../support/drawn-glyphs.ts';

const deck = useDeck();
let cmaps: Record<FaceRole, Set<number>>;
beforeAll(async () => {
  cmaps = await shippedCmaps();
});

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

interface Layout {
  viewport: { width: number; height: number };
  labels: { text: string; box: Box }[];
  /** Per part (deck-section): its slides' boxes on screen. */
  parts: { slides: Box[] }[];
  /** What the agenda says, in the current language, for parts 1…6. */
  agenda: { speaker: string; title: string }[];
}

const openOverview = async (page: Page): Promise<void> => {
  await page.keyboard.press('o');
  await page.waitForSelector('.reveal.overview.deck-overview-fit .overview-label');
};

const layout = (page: Page): Promise<Layout> =>
  page.evaluate(() => {
    const box = (el: Element): Box => {
      const r = el.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    };
    const lang = document.documentElement.lang;
    return {
      viewport: { width: innerWidth, height: innerHeight },
      labels: [...document.querySelectorAll('.overview-label')].map((l) => ({ text: (l.textContent ?? '').trim(), box: box(l) })),
      parts: [...document.querySelectorAll('.slides > section.deck-section')].map((part) => ({
        slides: [...part.querySelectorAll(':scope > section')].map(box),
      })),
      agenda: [...document.querySelectorAll(`#agenda .l10n[lang="${lang}"] .agenda-item`)].map((a) => ({
        speaker: (a.querySelector('.agenda-speaker')?.textContent ?? '').trim(),
        title: (a.querySelector('.agenda-title')?.textContent ?? '').trim(),
      })),
    };
  });

const inside = (b: Box, v: { width: number; height: number }): boolean =>
  b.left >= -0.5 && b.top >= -0.5 && b.right <= v.width + 0.5 && b.bottom <= v.height + 0.5;
const overlap = (a: Box, b: Box): boolean =>
  a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;

function checkLayout(l: Layout): void {
  expect(l.parts).toHaveLength(7);
  expect(l.labels).toHaveLength(7);
  const all = l.parts.flatMap((p) => p.slides);
  expect(all.length).toBeGreaterThanOrEqual(30);
  // Every slide of every part is on screen, none on another, none under a label.
  for (const [i, s] of all.entries()) {
    expect(inside(s, l.viewport), `slide ${i} at ${JSON.stringify(s)}`).toBe(true);
    expect(s.right - s.left, `slide ${i} is drawn`).toBeGreaterThan(60);
    for (const other of all.slice(i + 1)) expect(overlap(s, other)).toBe(false);
    for (const label of l.labels) expect(overlap(s, label.box), `slide ${i} under "${label.text}"`).toBe(false);
  }
  l.parts.forEach((part, i) => {
    const label = l.labels[i];
    if (!label) throw new Error(`no label for part ${i}`);
    expect(inside(label.box, l.viewport), `label "${label.text}"`).toBe(true);
    const left = Math.min(...part.slides.map((s) => s.left));
    const right = Math.max(...part.slides.map((s) => s.right));
    const top = Math.min(...part.slides.map((s) => s.top));
    // The label stands over its own part's columns: same left edge, above them, not beyond them.
    expect(Math.abs(label.box.left - left), `label "${label.text}" over part ${i}`).toBeLessThan(2);
    expect(label.box.bottom).toBeLessThanOrEqual(top + 0.5);
    expect(label.box.right).toBeLessThanOrEqual(Math.max(right, left + 80) + 1);
    // Parts follow each other left to right.
    const next = l.parts[i + 1];
    if (next) expect(right).toBeLessThan(Math.min(...next.slides.map((s) => s.left)));
  });
  // Parts 1–6 are named as the agenda names them (number, speaker, talk title); the opening too.
  expect(l.agenda).toHaveLength(6);
  l.agenda.forEach((entry, i) => {
    const text = l.labels[i + 1]?.text ?? '';
    expect(text.startsWith(String(i + 1))).toBe(true);
    expect(text).toContain(entry.speaker || entry.title);
    expect(text).toContain(entry.title);
  });
  expect(l.labels[0]?.text).toMatch(/^(はじめに|Opening)$/);
}

describe.each([
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
])('overview at $width×$height', (viewport) => {
  test('all seven parts are on screen, each under its own label', async () => {
    const context = await deck.browser.newContext({ viewport });
    const log = await recordActivity(context);
    // From a slide deep in the longest part: reveal's overview would centre on it.
    const page = await openDeck(context, `${deck.url}?lang=ja#/yamashita-summary`);
    await openOverview(page);
    checkLayout(await layout(page));
    // Drawn in the deck's font: every character of the labels is in a shipped face of its weight.
    expect(await uncoveredGlyphs(page, '.overview-labels', cmaps)).toEqual([]);

    // The labels follow the slides' language, and the layout still fits.
    await page.keyboard.press('Shift+L');
    await page.waitForFunction(() => document.querySelector('.overview-label')?.textContent === 'Opening');
    const en = await layout(page);
    checkLayout(en);
    expect(await uncoveredGlyphs(page, '.overview-labels', cmaps)).toEqual([]);
    expect(en.labels[1]?.text).toContain('Yamashita');
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

test('slides with fragments show every fragment in the overview, and a click still goes to a slide', async () => {
  const context = await recordActivityContext();
  const page = await openDeck(context, `${deck.url}?lang=ja#/agenda`);
  await openOverview(page);
  const hidden = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.slides section[id] > .l10n:not([hidden]) .fragment')]
      .filter((f) => {
        const style = getComputedStyle(f);
        return style.opacity !== '1' || style.visibility !== 'visible';
      })
      .map((f) => `${f.closest('section[id]')?.id ?? '?'}: ${(f.textContent ?? '').trim().slice(0, 30)}`),
  );
  const count = await page.locator('.slides section[id] > .l10n:not([hidden]) .fragment').count();
  expect(count).toBeGreaterThan(10);
  expect(hidden).toEqual([]);

  // reveal's click on a thumbnail: leaves the overview on that slide, laid out as usual again.
  await page.click('section#yamashita-phishing');
  await page.waitForFunction(() => !window.deck?.isOverview() && window.deck?.getCurrentSlide()?.id === 'yamashita-phishing');
  expect(await page.evaluate(() => document.querySelector('.reveal')?.classList.contains('deck-overview-fit'))).toBe(false);
  const box = await page.locator('section#yamashita-phishing').boundingBox();
  expect(box?.width).toBeGreaterThan(1000);
  await context.close();
});

const recordActivityContext = async () => {
  const context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } });
  await recordActivity(context);
  return context;
};
