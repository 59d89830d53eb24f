/**
 * The speaker view: S opens reveal's notes window, which must connect under the deck's CSP and
 * show the current slide's notes, a preview of what comes next, the clock and the pacing timer
 * fed by the slides' time budgets, and follow the main window.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DESKTOP,
  currentStep,
  foreignRequests,
  openDeck,
  press,
  problems,
  recordActivity,
  slideIds,
  useDeck,
  type ActivityLog,
} from '../support/browser.ts';

const deck = useDeck();
let context: BrowserContext;
let log: ActivityLog;
let page: Page;
let popup: Page;
let ids: string[];

/** The notes of the current slide in the language shown, whitespace removed for comparison. */
const notesInMain = (p: Page): Promise<string> =>
  p.evaluate(() =>
    [...(window.deck?.getCurrentSlide()?.querySelectorAll('aside.notes div.l10n:not([hidden])') ?? [])]
      .map((n) => n.textContent ?? '')
      .join('')
      .replace(/\s+/g, ''),
  );

/** What the speaker view shows as notes (innerText: only what is rendered). */
const notesInPopup = (): Promise<string> =>
  popup.evaluate(() => (document.querySelector<HTMLElement>('.speaker-controls-notes .value')?.innerText ?? '').replace(/\s+/g, ''));

async function waitForNotes(expected: string): Promise<void> {
  await popup.waitForFunction(
    (text) => (document.querySelector<HTMLElement>('.speaker-controls-notes .value')?.innerText ?? '').replace(/\s+/g, '') === text,
    expected,
    { timeout: 10_000 },
  );
}

/** The deck inside one of the speaker view's preview iframes, once it has loaded. */
async function previewFrame(selector: string): Promise<Frame> {
  const handle = await popup.waitForSelector(`${selector} iframe`, { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error(`${selector} iframe has no frame`);
  await frame.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  return frame;
}

beforeAll(async () => {
  context = await deck.browser.newContext(DESKTOP);
  log = await recordActivity(context);
  page = await openDeck(context, `${deck.url}?transition=none`);
  ids = await slideIds(page);
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  popup = await opened;
  await popup.waitForLoadState();
});

afterAll(async () => {
  await context?.close();
});

describe('speaker view (S)', () => {
  test('connects and shows the current slide’s notes', async () => {
    const expected = await notesInMain(page);
    expect(expected.length).toBeGreaterThan(0);
    await waitForNotes(expected);
    expect(await popup.isVisible('.speaker-controls-notes')).toBe(true);
    expect(await popup.isHidden('#connection-status')).toBe(true);
  });

  test('previews the current and the upcoming step in iframes that load the deck', async () => {
    const step = await currentStep(page);
    const next = step.complete ? ids[ids.indexOf(step.id) + 1] : step.id;
    const current = await previewFrame('#current-slide');
    await current.waitForFunction((id) => window.deck?.getCurrentSlide()?.id === id, step.id);
    const upcoming = await previewFrame('#upcoming-slide');
    // reveal sends the state once on connecting, which an upcoming iframe still loading misses;
    // the deck sends it again once both previews are ready, so "upcoming" is right from the start.
    await upcoming.waitForFunction((id) => window.deck?.getCurrentSlide()?.id === id, next, { timeout: 15_000 });
    // The previews are drawn, not blank: the slide has a size inside the iframe.
    const size = await upcoming.evaluate(() => {
      const r = window.deck?.getCurrentSlide()?.getBoundingClientRect();
      return { width: r?.width ?? 0, height: r?.height ?? 0 };
    });
    expect(size.width).toBeGreaterThan(100);
    expect(size.height).toBeGreaterThan(50);
  });

  test('shows the clock, a running timer and pacing from the slide’s time budget', async () => {
    expect(await popup.isVisible('.speaker-controls-time .clock-value')).toBe(true);
    expect(await popup.isVisible('.speaker-controls-time .timer')).toBe(true);
    const seconds = await popup.textContent('.timer .seconds-value');
    await popup.waitForFunction((s) => document.querySelector('.timer .seconds-value')?.textContent !== s, seconds, { timeout: 5_000 });

    // Pacing appears only when reveal found time budgets (data-timing / defaultTiming).
    await popup.waitForSelector('.pacing', { state: 'visible' });
    expect(await popup.isVisible('.pacing-title')).toBe(true);
    expect(await popup.getAttribute('.pacing', 'class')).toMatch(/\b(ahead|on-track|behind)\b/);
    const { left, elapsed } = await popup.evaluate(() => {
      const seconds = (scope: string): number => {
        const part = (c: string): number => Number((document.querySelector(`${scope} .${c}`)?.textContent ?? '').replace(/[^\d-]/g, ''));
        return part('hours-value') * 3600 + part('minutes-value') * 60 + part('seconds-value');
      };
      return { left: seconds('.pacing'), elapsed: seconds('.timer') };
    });
    // On the first slide, time left = that slide's own budget − the time since the view opened.
    const budget = Number(await page.evaluate(() => window.deck?.getCurrentSlide()?.getAttribute('data-timing')));
    expect(budget).toBeGreaterThan(0);
    expect(Math.abs(left + elapsed - budget)).toBeLessThanOrEqual(2);
  });

  test('follows the main window: the next slide’s notes replace the first one’s', async () => {
    const before = await notesInPopup();
    let step = await currentStep(page);
    const start = step.id;
    while (step.id === start) step = await press(page, 'ArrowRight', step);
    const expected = await notesInMain(page);
    expect(expected).not.toBe(before);
    await waitForNotes(expected);
    const current = await previewFrame('#current-slide');
    await current.waitForFunction((id) => window.deck?.getCurrentSlide()?.id === id, step.id);
    // The upcoming preview shows the step after this one: the next fragment or the next slide.
    const next = step.complete ? ids[ids.indexOf(step.id) + 1] : step.id;
    const upcoming = await previewFrame('#upcoming-slide');
    await upcoming.waitForFunction((id) => window.deck?.getCurrentSlide()?.id === id, next);
    if (!step.complete) {
      await upcoming.waitForFunction((f) => (window.deck?.getIndices().f ?? -1) > f, step.f);
    }
  });

  test('nothing errs and nothing is fetched from elsewhere, popup and previews included', () => {
    expect(problems(log)).toEqual([]);
    expect(foreignRequests(log, deck.url)).toEqual([]);
    // The previews were loaded from the deck's own origin.
    expect(log.requests.filter((u) => u.includes('receiver')).length).toBeGreaterThanOrEqual(2);
  });
});
