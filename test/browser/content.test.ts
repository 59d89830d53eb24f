/**
 * What the built deck says, read from its DOM in the browser: the sections in the event's order,
 * notes and time budgets on every slide, one heading per slide, the IPA ranking as published, and
 * the coupon at the end.
 */
import { readdirSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { IPA_RANKING_2016_ORGANIZATIONS, WALTI_PICKED_RANKS } from '../../src/data/ipa-ranking-2016.ts';
import { DECK_CONFIG } from '../../src/deck-config.ts';
import { DESKTOP, openDeck, useDeck } from '../support/browser.ts';
import { FACT_SHEET_ORGANIZATIONS_2016, FACT_SHEET_PICKED_RANKS } from '../support/fact-sheet.ts';

/** The event's running order (the file slugs of slides/NN-slug.md). */
const SECTION_ORDER = ['title', 'yamashita', 'walti', 'ipa-ranking', 'gehirn', 'overall', 'coupon'];

/** The talk is 30 minutes (README, DECK_CONFIG.totalMinutes); the speaker view paces by these. */
const TALK_SECONDS = 1800;

interface SlideFacts {
  id: string;
  section: string;
  timing: string | null;
  /** Language divs that are not hidden: exactly one, the language being shown. */
  visibleLangs: string[];
  headings: string[];
  text: string;
  notes: string;
}

const deck = useDeck();
let context: BrowserContext;
let page: Page;
let slides: SlideFacts[];

beforeAll(async () => {
  context = await deck.browser.newContext(DESKTOP);
  // ?showNotes=true: the notes are put into the slides (aside.notes) before reveal starts, whether
  // the build inlines them in index.html or loads them as a chunk on demand.
  page = await openDeck(context, `${deck.url}?transition=none&showNotes=true`);
  slides = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.slides > section.deck-section > section[id]')].map((s) => {
      const visible = [...s.querySelectorAll<HTMLElement>(':scope > div.l10n:not([hidden])')];
      return {
        id: s.id,
        section: s.parentElement?.dataset.section ?? '',
        timing: s.getAttribute('data-timing'),
        visibleLangs: visible.map((d) => d.lang),
        headings: visible.flatMap((d) => [...d.querySelectorAll('h1, h2')].map((h) => h.textContent?.trim() ?? '')),
        text: visible.map((d) => d.textContent ?? '').join('\n'),
        notes: [...s.querySelectorAll('aside.notes div.l10n:not([hidden])')].map((n) => n.textContent?.trim() ?? '').join('\n'),
      };
    }),
  );
});

afterAll(async () => {
  await context?.close();
});

describe('content of the built deck', () => {
  test('the page is Japanese: <html lang="ja">, every slide shows one ja language div', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const wrong = slides.filter((s) => s.visibleLangs.join() !== 'ja').map((s) => `${s.id}: ${s.visibleLangs.join() || 'none'}`);
    expect(wrong).toEqual([]);
  });

  test('top-level sections follow the event, one per slides/NN-slug.md file', async () => {
    const sections = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.slides > section.deck-section')].map((s) => s.dataset.section),
    );
    expect(sections).toEqual(SECTION_ORDER);
    const files = readdirSync('slides')
      .filter((f) => /^\d+-.+\.md$/.test(f))
      .sort()
      .map((f) => f.replace(/^\d+-/, '').replace(/\.md$/, ''));
    expect(sections).toEqual(files);
    // Every slide sits in a section and every section has slides.
    for (const name of SECTION_ORDER)
      expect(
        slides.some((s) => s.section === name),
        name,
      ).toBe(true);
  });

  test('the coupon slide is the last slide and says the offer ended on 2016年12月9日', () => {
    const last = slides.at(-1);
    expect(last?.section).toBe('coupon');
    expect(last?.text).toContain('2016年12月9日');
    expect(last?.text).toContain('終了');
  });

  test('every slide has speaker notes and a positive whole-second time budget', () => {
    const noNotes = slides.filter((s) => s.notes.length === 0).map((s) => s.id);
    expect(noNotes, 'slides without notes').toEqual([]);
    const badTiming = slides.filter((s) => !/^\d+$/.test(s.timing ?? '') || Number(s.timing) <= 0).map((s) => `${s.id}: ${s.timing}`);
    expect(badTiming, 'slides without a positive data-timing').toEqual([]);
  });

  test(`the time budgets add up to the ${TALK_SECONDS / 60}-minute talk`, () => {
    expect(DECK_CONFIG.totalMinutes * 60).toBe(TALK_SECONDS);
    const total = slides.reduce((sum, s) => sum + Number(s.timing), 0);
    expect(total).toBe(TALK_SECONDS);
  });

  test('every slide has exactly one h1/h2 in its visible language', () => {
    const wrong = slides.filter((s) => s.headings.length !== 1).map((s) => `${s.id}: ${JSON.stringify(s.headings)}`);
    expect(wrong).toEqual([]);
    for (const s of slides) expect(s.headings[0]?.length, s.id).toBeGreaterThan(0);
  });

  test('the IPA slide lists the ten 組織 threats of 2016 in order, with 3, 5 and 6 marked', async () => {
    const lists = await page.evaluate(() =>
      [...document.querySelectorAll('section.deck-section[data-section="ipa-ranking"] section[id] .l10n:not([hidden]) ol.ranking')]
        .filter((ol) => !ol.classList.contains('ranking-picked'))
        .map((ol) =>
          [...ol.querySelectorAll(':scope > li')].map((li) => ({
            rank: li.querySelector('.ranking-rank')?.textContent?.trim() ?? '',
            title: li.querySelector('.ranking-title')?.textContent?.trim() ?? '',
            picked: li.classList.contains('is-picked'),
          })),
        ),
    );
    expect(lists, 'one full ranking on the IPA section').toHaveLength(1);
    const items = lists[0] ?? [];
    const titles = items.map((i) => i.title);
    expect(titles).toEqual(IPA_RANKING_2016_ORGANIZATIONS.map((t) => t.title.ja));
    expect(titles).toEqual(FACT_SHEET_ORGANIZATIONS_2016);
    expect(items.map((i) => i.rank)).toEqual(FACT_SHEET_ORGANIZATIONS_2016.map((_, i) => `${i + 1}位`));
    const picked = items.flatMap((item, i) => (item.picked ? [i + 1] : []));
    expect(picked).toEqual([...WALTI_PICKED_RANKS]);
    expect(picked).toEqual(FACT_SHEET_PICKED_RANKS);
  });
});
