/**
 * The deck's own speaker view (S, speaker.html): it follows the deck and drives it, previews the
 * current step and the next one (the next fragment, not only the next slide), paces the talk by
 * the slides' budgets on a controlled clock, keeps the notes size the presenter chose, speaks the
 * notes' language, and passes axe. Screenshots for people to look at go to test-output/speaker/.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type AxeApi from 'axe-core';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  currentStep,
  foreignRequests,
  openDeck,
  outputDir,
  problems,
  recordActivity,
  useDeck,
  type ActivityLog,
} from '../support/browser.ts';

const deck = useDeck();
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
/** 19:04:30 in Tokyo: the clock must read 19:04, not 7:04 PM. */
const START = new Date('2026-12-02T10:04:30Z');

declare global {
  interface Window {
    axe?: typeof AxeApi;
  }
}

let context: BrowserContext;
let log: ActivityLog;
let page: Page;
let view: Page;

const value = (selector: string): Promise<string> => view.locator(`${selector} .speaker-value`).innerText();

/** The deck inside one of the view's previews, once reveal runs in it. */
async function preview(which: 'current' | 'upcoming'): Promise<Frame> {
  const handle = await view.waitForSelector(`.speaker-${which} iframe`, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`the ${which} preview has no frame`);
  await frame.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 20_000 });
  return frame;
}

/** Waits until a preview shows exactly this step. */
async function previewShows(which: 'current' | 'upcoming', step: { id: string; f: number }): Promise<void> {
  const frame = await preview(which);
  await frame.waitForFunction((s) => window.deck?.getCurrentSlide()?.id === s.id && (window.deck?.getIndices().f ?? -1) === s.f, step, {
    timeout: 10_000,
  });
}

/** The first slide, in deck order, with at least `n` fragments in Japanese. */
async function slideWithFragments(n: number): Promise<{ id: string; fragments: number; nextId: string; nextTitle: string }> {
  return page.evaluate((min) => {
    const slides = window.deck?.getSlides() ?? [];
    const i = slides.findIndex((s) => s.querySelectorAll(':scope > .l10n[lang="ja"] .fragment').length >= min);
    const s = slides[i];
    const next = slides[i + 1];
    if (!s || !next) throw new Error(`no slide with ${min} fragments`);
    return {
      id: s.id,
      fragments: s.querySelectorAll(':scope > .l10n[lang="ja"] .fragment').length,
      nextId: next.id,
      nextTitle: (next.querySelector(':scope > .l10n[lang="ja"] :is(h1, h2)')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, n);
}

beforeAll(async () => {
  context = await deck.browser.newContext({ viewport: { width: 1920, height: 1080 }, timezoneId: 'Asia/Tokyo' });
  await context.clock.install({ time: START });
  log = await recordActivity(context);
  page = await openDeck(context, `${deck.url}?lang=ja&transition=none#/title`);
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  view = await opened;
  await view.setViewportSize({ width: 1920, height: 1080 });
  await view.waitForSelector('.speaker[data-connected="true"]');
});

afterAll(async () => {
  await context?.close();
});

describe('speaker view', () => {
  test('is the deck’s own page, dark, in the notes’ language, with the current slide’s notes and section', async () => {
    expect(new URL(view.url()).pathname).toMatch(/\/speaker\.html$/);
    expect(await view.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 27, 45)');
    expect(await view.locator('.speaker-current .speaker-heading').innerText()).toBe('現在');
    expect(await view.locator('.speaker-upcoming .speaker-heading').innerText()).toBe('次のステップ');
    const notes = await view.locator('.speaker-notes-text').innerText();
    expect(notes).toMatch(/[\u3040-\u30ff]{4}/);
    await page.evaluate(() => window.loadDeckNotes?.());
    const expected = await page.evaluate(() => document.querySelector('#title aside.notes .l10n[lang="ja"]')?.textContent ?? '');
    expect(notes.replace(/\s+/g, '')).toBe(expected.replace(/\s+/g, ''));
    // The cue line: the note's first sentence, set apart (cue-line.ts), the rest unchanged.
    const cueLine = view.locator('.speaker-notes-text .l10n:not([hidden]) > p:first-child > .notes-cue');
    const cue = await cueLine.innerText();
    expect(cue).toMatch(/^[^。]+。$/);
    expect(expected.replace(/\s+/g, '').startsWith(cue.replace(/\s+/g, ''))).toBe(true);
    expect(await cueLine.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => view.locator('.speaker-section').innerText()).toBe('はじめに');
    expect(await view.locator('.speaker-count').innerText()).toBe(
      `スライド 2 / ${await page.evaluate(() => window.deck?.getTotalSlides())}`,
    );
  });

  test('paces by the budgets on a controlled clock: this slide against its budget, the talk ahead or behind', async () => {
    await page.keyboard.press('Home');
    await expect.poll(() => view.locator('.speaker-count').innerText()).toMatch(/^スライド 1 \//);
    const budgets = await page.evaluate(() => (window.deck?.getSlides() ?? []).map((s) => Number(s.dataset.timing)));
    const [first = 0, second = 0] = budgets;
    expect(first).toBeGreaterThan(20);
    await context.clock.pauseAt(START.getTime() + 60_000);
    await view.locator('.speaker-reset').click();
    await expect.poll(() => value('.speaker-timer')).toBe('0:00');

    // 20 s on slide 1: within its budget, on time.
    await context.clock.fastForward(20_000);
    await expect.poll(() => value('.speaker-slide-time')).toBe(`0:20 / ${fmt(first)}`);
    expect(await value('.speaker-pace')).toBe('予定どおり');
    expect(await view.locator('.speaker-slide-time').getAttribute('data-state')).toBe('ok');
    expect(await view.locator('.speaker-pace .speaker-sub').innerText()).toBe(`残り ${fmt(sum(budgets) - 20)}`);

    // 15 s past the budget: this slide is over and the talk is 0:15 behind.
    await context.clock.fastForward((first - 20 + 15) * 1000);
    await expect.poll(() => value('.speaker-pace')).toBe('0:15 遅れ');
    expect(await view.locator('.speaker-slide-time').getAttribute('data-state')).toBe('over');
    expect(await view.locator('.speaker-pace').getAttribute('data-status')).toBe('behind');

    // On to slide 2, 15 s late: its own clock starts at 0 and the talk stays 0:15 behind.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => value('.speaker-slide-time')).toBe(`0:00 / ${fmt(second)}`);
    expect(await value('.speaker-pace')).toBe('0:15 遅れ');
    expect(await value('.speaker-timer')).toBe(fmt(first + 15));

    // Paused (Shift+P in the view), the timer and the figures hold still; Shift+P again resumes.
    await view.keyboard.press('Shift+P');
    await expect.poll(() => view.locator('.speaker-pause').innerText()).toBe('再開');
    await context.clock.fastForward(30_000);
    expect(await value('.speaker-timer')).toBe(fmt(first + 15));
    await view.keyboard.press('Shift+P');
    await expect.poll(() => view.locator('.speaker-pause').innerText()).toBe('一時停止');

    // The wall clock is 24-hour local time (Tokyo: 19:0x), never "7:05 PM".
    expect(await value('.speaker-clock')).toMatch(/^19:0\d$/);
    await context.clock.resume();
  });

  test('follows the deck and drives it: the next step is the next fragment, then the next slide', async () => {
    const target = await slideWithFragments(3);
    await page.evaluate((id) => {
      const slide = document.getElementById(id);
      const i = slide ? window.deck?.getIndices(slide) : undefined;
      if (i) window.deck?.slide(i.h, i.v ?? 0, -1);
    }, target.id);
    await previewShows('current', { id: target.id, f: -1 });
    await previewShows('upcoming', { id: target.id, f: 0 });
    expect(await view.locator('.speaker-upcoming .speaker-title').innerText()).toBe('同じスライドの続き');

    // Each press in the view is one visible step of the deck: as many as the slide has bullets.
    for (let f = 0; f < target.fragments; f++) {
      await view.keyboard.press('ArrowRight');
      await expect.poll(() => currentStep(page).then((s) => `${s.id}/${s.f}`)).toBe(`${target.id}/${f}`);
    }
    // After the last bullet the next step is the next slide, from its start.
    await previewShows('upcoming', { id: target.nextId, f: -1 });
    expect(await view.locator('.speaker-upcoming .speaker-title').innerText()).toBe(target.nextTitle);
    await previewShows('current', { id: target.id, f: target.fragments - 1 });
    await view.locator('.speaker-next-button').click();
    await expect.poll(() => currentStep(page).then((s) => s.id)).toBe(target.nextId);

    // The deck's own keys move the view too.
    await page.keyboard.press('ArrowLeft');
    await previewShows('current', { id: target.id, f: target.fragments - 1 });
    await view.locator('.speaker-prev').click();
    await expect.poll(() => currentStep(page).then((s) => s.f)).toBe(target.fragments - 2);
  });

  test('a reload of the deck keeps the talk’s time, and the view follows the reloaded deck', async () => {
    const seconds = async (): Promise<number> => {
      const [m = 0, sec = 0] = (await value('.speaker-timer')).split(':').map(Number);
      return m * 60 + sec;
    };
    const before = await seconds();
    expect(before).toBeGreaterThan(30);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
    await page.keyboard.press('ArrowRight');
    // The reloaded deck resumes at the step in its URL (a fragment, maybe): the view shows wherever it is now.
    const step = await page.evaluate(() => ({ id: window.deck?.getCurrentSlide()?.id ?? '', f: window.deck?.getIndices().f ?? -1 }));
    await previewShows('current', step);
    expect(await seconds()).toBeGreaterThanOrEqual(before);
  });

  test('A+ and A− set the notes’ size, and the view remembers it', async () => {
    const size = (): Promise<number> => view.locator('.speaker-notes-text').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = await size();
    await view.locator('.speaker-larger').click();
    await view.locator('.speaker-larger').click();
    expect(await size()).toBe(before + 8);
    await view.reload();
    await view.waitForSelector('.speaker[data-connected="true"]');
    expect(await size()).toBe(before + 8);
    await view.keyboard.press('-');
    expect(await size()).toBe(before + 4);
    expect(await view.locator('.speaker-smaller').getAttribute('aria-label')).toBe('A− ノートの文字を小さく');
  });

  test('Shift+N in the view switches the notes and the whole view to English, and back', async () => {
    await view.keyboard.press('Shift+N');
    await expect.poll(() => view.locator('.speaker-current .speaker-heading').innerText()).toBe('Now');
    expect(await view.locator('.speaker-notes .speaker-heading').innerText()).toBe('Notes');
    expect(await view.locator('.speaker-slide-time .speaker-label').innerText()).toBe('This slide');
    expect(await view.locator('.speaker-notes-text').innerText()).not.toMatch(/[\u3040-\u30ff]/);
    expect(await view.evaluate(() => document.querySelector('.speaker')?.getAttribute('lang'))).toBe('en');
    expect(await value('.speaker-pace')).toMatch(/^(on time|\+\d+:\d\d behind|−\d+:\d\d ahead)$/);
    expect(new URL(page.url()).searchParams.get('noteLang')).toBe('en');
    // The slides stay Japanese: the notes' language is the presenter's own.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await view.locator('.speaker-notes-lang').click();
    await expect.poll(() => view.locator('.speaker-current .speaker-heading').innerText()).toBe('現在');
  });

  test('the previews show the slides in the scheme the room sees (Shift+T on the deck)', async () => {
    const scheme = async (): Promise<string | undefined> =>
      (await preview('current')).evaluate(() => document.documentElement.dataset.theme);
    await page.keyboard.press('Shift+T');
    await expect.poll(scheme, { timeout: 15_000 }).toBe('light');
    // The view itself stays dark: it lights the presenter, not the room.
    expect(await view.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(15, 27, 45)');
    await page.keyboard.press('Shift+T');
    await expect.poll(scheme, { timeout: 15_000 }).toBe('dark');
  });

  test('passes axe (WCAG 2.2 AA) and nothing sticks out at 1920×1080, 1280×800 and a 1024×768 tablet', async () => {
    const dir = outputDir('speaker');
    // Evaluated, not a <script> tag: the view keeps its real CSP (no inline scripts) for this test too.
    await view.evaluate(readFileSync(AXE_SCRIPT, 'utf8'));
    for (const [width, height] of [
      [1920, 1080],
      [1280, 800],
      [1024, 768],
    ] as const) {
      await view.setViewportSize({ width, height });
      await preview('current');
      await view.screenshot({ path: join(dir, `speaker-${width}x${height}.png`) });
      const violations = await view.evaluate(async () => {
        const r = await window.axe?.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          resultTypes: ['violations'],
        });
        return (r?.violations ?? []).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${width}×${height}`).toEqual([]);
      const overflow = await view.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.speaker-figure, .speaker-bar, .speaker-notes-head, .speaker-nav')]
          .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > innerWidth + 1)
          .map((el) => el.className),
      );
      expect(overflow, `${width}×${height}`).toEqual([]);
    }
  });

  test('nothing errs and nothing is fetched from elsewhere; reveal’s notes plugin is never loaded', () => {
    expect(problems(log)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(foreignRequests(log, deck.url)).toEqual([]);
    expect(log.requests.filter((u) => u.includes('receiver')).length).toBeGreaterThanOrEqual(2);
    expect(log.requests.filter((u) => /\/notes-[\w-]+\.js$/.test(u))).toEqual([]);
  });
});

describe('speaker.html on a second screen', () => {
  test('joins the open deck, drives it, and the projected slide carries no UI while it is open', async () => {
    const ctx = await deck.browser.newContext({ viewport: { width: 1280, height: 720 } });
    const activity = await recordActivity(ctx);
    const screen = await openDeck(ctx, `${deck.url}?transition=none#/agenda`);
    await screen.mouse.move(100, 100);
    expect(await screen.evaluate(() => document.documentElement.classList.contains('deck-presenting'))).toBe(false);
    const second = await ctx.newPage();
    await second.goto(`${deck.url}speaker.html`);
    await second.waitForSelector('.speaker[data-connected="true"]');
    expect(await second.locator('.speaker-count').innerText()).toMatch(/^スライド 2 \//);
    await second.locator('.speaker-next-button').click();
    await expect.poll(() => screen.evaluate(() => window.deck?.getIndices().h)).toBe(1);
    await screen.mouse.move(200, 200);
    await screen.waitForSelector('html.deck-presenting');
    await second.close();
    await screen.mouse.move(300, 300);
    await screen.waitForSelector('html:not(.deck-presenting)', { timeout: 10_000 });
    expect(problems(activity)).toEqual([]);
    await ctx.close();
  });
});

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
/** m:ss, as the view writes durations. */
function fmt(seconds: number): string {
  const s = Math.floor(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
