import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { DESKTOP, currentStep, openDeck, recordActivity, problems, useDeck, waitForDeck } from '../support/browser.ts';

/**
 * Japanese and English from one source: the reader switches in place without losing the slide,
 * `<html lang>` and every text's `lang` follow, and the presenter's notes language is separate.
 */
const deck = useDeck();

/** The language whose slide text is visible, and the one of the notes, on the current slide. */
async function visible(page: Page): Promise<{ html: string; slide: string[]; notes: string[]; heading: string }> {
  // Notes are not in index.html; they load on demand (the speaker view, print with notes).
  await page.evaluate(() => window.loadDeckNotes?.());
  return page.evaluate(() => {
    const slide = window.deck?.getCurrentSlide();
    const shown = (sel: string): string[] =>
      [...(slide?.querySelectorAll<HTMLElement>(sel) ?? [])].filter((el) => !el.hidden).map((el) => el.lang);
    return {
      html: document.documentElement.lang,
      slide: shown(':scope > .l10n'),
      notes: shown(':scope > aside.notes > .l10n'),
      heading: slide?.querySelector(':scope > .l10n:not([hidden]) :is(h1, h2)')?.textContent ?? '',
    };
  });
}

/** A slide with a fragment and both languages, so "the place is kept" means slide and step. */
async function bilingualSlideWithFragments(page: Page): Promise<string> {
  const id = await page.evaluate(
    () =>
      [...document.querySelectorAll('.slides section[id]')].find(
        (s) => s.querySelector(':scope > .l10n[lang="en"] .fragment') && s.querySelector(':scope > .l10n[lang="ja"] .fragment'),
      )?.id,
  );
  if (!id) throw new Error('no bilingual slide with fragments in the deck');
  return id;
}

describe('language switch', () => {
  test('?lang=en shows English with <html lang="en">; ?lang=ja shows Japanese', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?lang=en#/title`);
    expect(await visible(page)).toMatchObject({ html: 'en', slide: ['en'], notes: ['en'] });
    expect(await page.title()).toMatch(/Evening of Security/);
    await page.goto(`${deck.url}?lang=ja#/title`);
    await waitForDeck(page);
    expect(await visible(page)).toMatchObject({ html: 'ja', slide: ['ja'], notes: ['ja'] });
    expect(await page.title()).toMatch(/セキュリティの夕べ/);
    await context.close();
  });

  test('Shift+L and the visible button switch in place: same slide, same fragment, URL and title follow', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const log = await recordActivity(context);
    const page = await openDeck(context, `${deck.url}?lang=ja&transition=none`);
    const id = await bilingualSlideWithFragments(page);
    await page.evaluate((slideId) => (location.hash = `#/${slideId}`), id);
    await page.waitForFunction((slideId) => window.deck?.getCurrentSlide()?.id === slideId, id);
    await page.keyboard.press('ArrowRight'); // show the first fragment
    const before = await currentStep(page);
    expect(before.f).toBeGreaterThanOrEqual(0);
    const jaHeading = (await visible(page)).heading;

    await page.keyboard.press('Shift+L');
    const after = await currentStep(page);
    expect([after.id, after.f]).toEqual([before.id, before.f]);
    const en = await visible(page);
    expect(en).toMatchObject({ html: 'en', slide: ['en'] });
    expect(en.heading).not.toBe(jaHeading);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    expect(new URL(page.url()).hash).toBe(`#/${id}`);
    expect(await page.title()).toContain(en.heading);

    // The button is a real, focusable control named in the language it switches to.
    const button = page.locator('button.lang-switch');
    await expect.poll(() => button.getAttribute('lang')).toBe('ja');
    expect(await button.textContent()).toBe('日本語');
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await visible(page)).toMatchObject({ html: 'ja', slide: ['ja'] });
    expect((await currentStep(page)).id).toBe(id);
    expect(problems(log)).toEqual([]);
    await context.close();
  });

  test('the choice is remembered across reloads and fresh visits', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?lang=ja#/title`);
    await page.keyboard.press('Shift+L');
    expect((await visible(page)).html).toBe('en');
    await page.reload();
    await waitForDeck(page);
    expect((await visible(page)).html).toBe('en');
    await page.goto(`${deck.url}#/agenda`); // no ?lang: the stored choice applies
    await waitForDeck(page);
    expect(await visible(page)).toMatchObject({ html: 'en', slide: ['en'] });
    await context.close();
  });

  test('the notes language is chosen on its own: Shift+N, ?noteLang=, and the speaker view follows', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?lang=ja&noteLang=en#/title`);
    expect(await visible(page)).toMatchObject({ html: 'ja', slide: ['ja'], notes: ['en'] });
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    const notes = popup.locator('.speaker-notes-text');
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toMatch(/[A-Za-z]{4,}/);
    const english = (await notes.innerText()) ?? '';
    // The previews are the deck itself: they show slides, not the reader's language button.
    await expect.poll(() => popup.frames().filter((f) => f.url().includes('receiver')).length).toBe(2);
    const previews = popup.frames().filter((f) => f.url().includes('receiver'));
    for (const frame of previews) {
      await frame.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
      expect(await frame.locator('button.lang-switch').isVisible()).toBe(false);
    }
    expect(english).not.toMatch(/[\u3040-\u30ff]/);

    await page.bringToFront();
    await page.keyboard.press('Shift+N');
    expect(await visible(page)).toMatchObject({ html: 'ja', slide: ['ja'], notes: ['ja'] });
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).toMatch(/[\u3040-\u30ff]/);
    expect(new URL(page.url()).searchParams.get('noteLang')).toBe('ja');

    // The speaker view's own button switches them back, and names the language it switches to.
    const button = popup.locator('button.speaker-notes-lang');
    await expect.poll(() => button.textContent()).toBe('Notes in English');
    await button.click();
    await expect.poll(() => notes.innerText(), { timeout: 10_000 }).not.toMatch(/[\u3040-\u30ff]/);
    expect((await visible(page)).notes).toEqual(['en']);
    await expect.poll(() => button.textContent()).toBe('ノートを日本語で');
    await context.close();
  });
});
