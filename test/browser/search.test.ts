/**
 * Search in the deck (Shift+F, Ctrl+K, the button): a modal dialog over the slides' headings, text
 * and notes. Each test picks its query from the built deck itself (a phrase only the notes have, a
 * line only a fragment shows, a word only the English text has), so it keeps testing the feature
 * when the slides change, and fails when search stops finding it.
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type AxeApi from 'axe-core';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';
import { shippedCmaps, uncoveredGlyphs, type FaceRole } from '../support/drawn-glyphs.ts';

const deck = useDeck();
/** reveal writes the URL at most once a second, and the machine may be busy: polls get time. */
const POLL = { timeout: 10_000 };
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let cmaps: Record<FaceRole, Set<number>>;
beforeAll(async () => {
  cmaps = await shippedCmaps();
});

declare global {
  interface Window {
    axe?: typeof AxeApi;
  }
}

const DIALOG = 'dialog.search-dialog';
const isOpen = (page: Page): Promise<boolean> => page.evaluate((sel) => !!document.querySelector<HTMLDialogElement>(sel)?.open, DIALOG);
const waitOpen = (page: Page): Promise<unknown> =>
  page.waitForFunction((sel) => !!document.querySelector<HTMLDialogElement>(sel)?.open, DIALOG);
const current = (page: Page): Promise<string | undefined> => page.evaluate(() => window.deck?.getCurrentSlide()?.id);

/** Types a query and waits until the results for it are drawn. */
async function query(page: Page, text: string): Promise<void> {
  // The index is ready once the notes are in (the dialog says 読み込み中… until then).
  await page.waitForSelector(`${DIALOG}[data-state="ready"]`);
  await page.fill('.search-input', '');
  await page.keyboard.insertText(text);
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return /\d|見つかりません|Nothing/.test(status);
  });
}

interface Option {
  slide: string;
  kind: string;
  lang: string;
  heading: string;
  section: string;
  line: string;
  marks: string[];
  selected: boolean;
}

const options = (page: Page): Promise<Option[]> =>
  page.$$eval('.search-results [role="option"]', (els) =>
    els.map((el) => ({
      slide: (el as HTMLElement).dataset.slide ?? '',
      kind: (el as HTMLElement).dataset.kind ?? '',
      lang: (el as HTMLElement).lang,
      heading: el.querySelector('.search-heading')?.textContent ?? '',
      section: el.querySelector('.search-section')?.textContent ?? '',
      line: el.querySelector('.search-line')?.textContent ?? '',
      marks: [...el.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
      selected: el.getAttribute('aria-selected') === 'true',
    })),
  );

/** Text of every slide (headings and body) in one language, and the notes of each, from the deck. */
async function deckText(page: Page, lang: string): Promise<{ body: string; notes: { id: string; heading: string; text: string }[] }> {
  await page.evaluate(() => window.loadDeckNotes?.());
  return page.evaluate((l) => {
    const slides = [...document.querySelectorAll<HTMLElement>('.slides section[id]')];
    const body = slides.map((s) => s.querySelector(`:scope > .l10n[lang="${l}"]`)?.textContent ?? '').join('\n');
    const notes = slides.map((s) => ({
      id: s.id,
      heading: (s.querySelector(`:scope > .l10n[lang="${l}"] :is(h1, h2)`)?.textContent ?? '').replace(/\s+/g, ' ').trim(),
      text: s.querySelector(`:scope > aside.notes > .l10n[lang="${l}"]`)?.textContent ?? '',
    }));
    return { body, notes };
  }, lang);
}

/** A run of Japanese characters of the notes of one slide that no slide's text and no other notes have. */
function notesOnlyPhrase(text: Awaited<ReturnType<typeof deckText>>): { id: string; heading: string; phrase: string } {
  const all = text.notes.map((n) => n.text).join('\n');
  for (const n of text.notes.slice(3)) {
    for (const m of n.text.matchAll(/[\u3040-\u30ff\u4e00-\u9fff]{7}/g)) {
      const phrase = m[0];
      if (!text.body.includes(phrase) && all.indexOf(phrase) === all.lastIndexOf(phrase)) return { id: n.id, heading: n.heading, phrase };
    }
  }
  throw new Error('no notes-only phrase found');
}

describe('opening and closing', () => {
  test('Shift+F, Ctrl+K and the button open it; Esc closes it, returns focus and leaves the deck where it was', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const log = await recordActivity(context);
    const page = await openDeck(context, `${deck.url}?lang=ja#/agenda`);
    // Slide 1 loads none of it: the dialog's chunk comes with the first open.
    expect(log.requests.filter((u) => /dialog-[\w-]+\.js/.test(u))).toEqual([]);

    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    expect(log.requests.some((u) => /dialog-[\w-]+\.js/.test(u))).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-input');
    // Letters typed are the query's, not reveal's keys (F would go full screen, N/L move on).
    await page.keyboard.type('fnl');
    expect(await page.inputValue('.search-input')).toBe('fnl');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await current(page)).toBe('agenda');
    // Esc is reveal's overview key: closing the dialog must not open it.
    expect(await page.evaluate(() => window.deck?.isOverview())).toBe(false);

    // Esc from the close button (not a text field, which reveal leaves alone): still only closes.
    await page.keyboard.press('Control+k');
    await waitOpen(page);
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('search-close');
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => window.deck?.isOverview())).toBe(false);

    // The button: labelled, and focus comes back to it.
    const button = page.locator('button.search-open');
    expect(await button.getAttribute('aria-label')).toBe('スライドとノートを検索');
    await button.click();
    await waitOpen(page);
    await page.keyboard.press('Escape');
    expect(await isOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('search-open'))).toBe(true);
    expect(problems(log)).toEqual([]);
    await context.close();
  });

  test('the key is in reveal’s ? help, and the button fades with the language button while presenting', async () => {
    const context = await deck.browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    const page = await openDeck(context, `${deck.url}#/agenda`);
    await page.keyboard.press('Shift+?');
    await page.waitForSelector('.r-overlay-help table');
    const rows = await page.$$eval('.r-overlay-help table tr', (trs) =>
      trs.map((tr) => (tr.textContent ?? '').replace(/\s+/g, ' ').trim()),
    );
    expect(rows.find((r) => r.startsWith('Shift + F'))).toMatch(/検索.*Search/);
    await page.keyboard.press('Escape');
    // Beside the language button, not over it.
    const [search, lang] = await Promise.all([page.locator('.search-open').boundingBox(), page.locator('.lang-switch').boundingBox()]);
    expect(search && lang && search.x + search.width).toBeLessThanOrEqual(lang?.x ?? 0);
    expect(search?.width).toBeGreaterThanOrEqual(44);
    expect(search?.height).toBeGreaterThanOrEqual(44);
    // presenting-mode.ts sets the class; with reduced motion the fade has no transition to wait for.
    const faded = await page.evaluate(() => {
      document.documentElement.classList.add('deck-presenting');
      return [document.querySelector('.search-open'), document.querySelector('.lang-switch')].map((b) => b && getComputedStyle(b).opacity);
    });
    expect(faded).toEqual(['0', '0']);
    await context.close();
  });
});

describe('finding', () => {
  test('a Japanese phrase only the notes have: the result shows the heading and the line, marked; Enter goes there', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const log = await recordActivity(context);
    // The phrase is picked on another page: this one must load the notes itself when search opens.
    const scout = await openDeck(context, `${deck.url}?lang=ja#/title`);
    const target = notesOnlyPhrase(await deckText(scout, 'ja'));
    await scout.close();
    const page = await openDeck(context, `${deck.url}?lang=ja#/title`);
    expect(await page.locator('aside.notes').count()).toBe(0);
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    await query(page, target.phrase);
    const found = await options(page);
    expect(found.map((o) => o.slide)).toEqual([target.id]);
    expect(found[0]).toMatchObject({ kind: 'notes', lang: 'ja', heading: target.heading, marks: [target.phrase], selected: true });
    expect(found[0]?.line).toContain(target.phrase);
    expect(found[0]?.section).not.toBe('');
    expect(await page.getAttribute('.search-input', 'aria-activedescendant')).toBe('search-option-0');
    expect(await page.textContent('.search-status')).toBe('1件');
    // Drawn in the deck's own font: every character is in a shipped face of its weight.
    expect(await uncoveredGlyphs(page, DIALOG, cmaps)).toEqual([]);

    await page.keyboard.press('Enter');
    await expect.poll(() => current(page), POLL).toBe(target.id);
    expect(await isOpen(page)).toBe(false);
    await expect.poll(() => new URL(page.url()).hash, POLL).toBe(`#/${target.id}`);
    expect(problems(log)).toEqual([]);
    await context.close();
  });

  test('matching folds width and case and ignores the compiler’s soft breaks; ↑↓ choose; a line in a fragment is shown on arrival', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?lang=ja#/title`);
    // A fragment whose text the compiler broke softly (<wbr> and a line break: 「その反面<wbr>\nセキュリティ」).
    const item = await page.evaluate(() => {
      const fragments = [...document.querySelectorAll<HTMLElement>('.slides section[id] > .l10n[lang="ja"] .fragment')];
      const pick = fragments.find((f) => f.querySelector('wbr'));
      const slide = pick?.closest('section[id]');
      const cjk = '[\\u3000-\\u30ff\\u4e00-\\u9fff\\uff01-\\uff60]';
      // A callout's label sits on a line of its own (<br>): the longest line is the one to find.
      const lines = [''];
      for (const node of pick?.childNodes ?? []) {
        if (node.nodeName === 'BR') lines.push('');
        else lines[lines.length - 1] += node.textContent ?? '';
      }
      const text = (lines.sort((a, b) => b.length - a.length)[0] ?? '')
        .replace(/\s+/g, ' ')
        .replace(new RegExp(`(${cjk}) (?=${cjk})`, 'g'), '$1')
        .trim();
      return { id: slide?.id ?? '', text, wbr: pick?.innerHTML.includes('<wbr>\n'), index: Number(pick?.dataset.fragmentIndex) };
    });
    expect(item.wbr).toBe(true);
    expect(item.id).not.toBe('');
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    // Full width and upper case fold to the slides' text (ＷＯＲＤＰＲＥＳＳ finds WordPress).
    const word = (await deckText(page, 'ja')).body.match(/[A-Za-z]{6,}/)?.[0] ?? '';
    const wide = [...word.toUpperCase()].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join('');
    await query(page, wide);
    const wideFound = await options(page);
    expect(wideFound.length, wide).toBeGreaterThan(0);
    expect(wideFound.every((o) => o.marks.some((m) => m.toLowerCase() === word.toLowerCase()))).toBe(true);

    await query(page, item.text);
    const found = await options(page);
    const i = found.findIndex((o) => o.slide === item.id && o.kind === 'text');
    expect(i, `${item.text} in ${JSON.stringify(found)}`).toBeGreaterThanOrEqual(0);
    expect(found[i]?.marks.join('')).toBe(item.text);
    for (let k = 0; k < i; k++) await page.keyboard.press('ArrowDown');
    expect((await options(page))[i]?.selected).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page), POLL).toBe(item.id);
    const shown = await page.evaluate(
      (index) =>
        window.deck
          ?.getCurrentSlide()
          ?.querySelector(`.l10n[lang="ja"] .fragment[data-fragment-index="${index}"]`)
          ?.classList.contains('visible'),
      item.index,
    );
    expect(shown).toBe(true);
    expect(await page.evaluate(() => window.deck?.getIndices().f)).toBe(item.index);
    await context.close();
  });

  test('the other language on request: 「English も検索」 finds English text from the Japanese deck, and the other way', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?lang=ja#/title`);
    const ja = await deckText(page, 'ja');
    const en = await deckText(page, 'en');
    const word = en.body.match(/\b[A-Za-z]{7,}\b/g)?.find((w) => !ja.body.toLowerCase().includes(w.toLowerCase())) ?? '';
    expect(word).not.toBe('');
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    expect(await page.textContent('.search-other')).toBe('English も検索');
    await query(page, word);
    const notes = ja.notes.map((n) => n.text.toLowerCase()).join('\n');
    if (!notes.includes(word.toLowerCase())) expect(await options(page)).toEqual([]);
    await page.check('.search-other-box');
    await expect.poll(async () => (await options(page)).filter((o) => o.lang === 'en').length, POLL).toBeGreaterThan(0);
    const found = (await options(page)).filter((o) => o.lang === 'en');
    expect(found.every((o) => o.marks.some((m) => m.toLowerCase() === word.toLowerCase()))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => isOpen(page), POLL).toBe(false);

    // The English deck: labels in English, Japanese on request.
    await page.keyboard.press('Shift+L');
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    expect(await page.textContent('.search-other')).toBe('Also search 日本語');
    // The box keeps its state between opens: off again for the English-only search.
    await page.uncheck('.search-other-box');
    const phrase = notesOnlyPhrase(ja).phrase;
    await query(page, phrase);
    expect(await options(page)).toEqual([]);
    expect(await page.textContent('.search-status')).toBe('Nothing found');
    await page.check('.search-other-box');
    await expect.poll(async () => (await options(page)).map((o) => o.lang), POLL).toEqual(['ja']);
    await context.close();
  });
});

describe('accessibility and small screens', () => {
  test.each(['dark', 'light'])('axe finds no violation on the open dialog with results (%s)', async (theme) => {
    // bypassCSP: axe is injected as an inline script, which the deck's CSP rightly refuses.
    const context = await deck.browser.newContext({ ...DESKTOP, bypassCSP: true });
    const page = await openDeck(context, `${deck.url}?lang=ja&theme=${theme}#/agenda`);
    await page.addScriptTag({ path: AXE_SCRIPT });
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    await page.check('.search-other-box');
    await query(page, 'SSH');
    expect((await options(page)).length).toBeGreaterThan(3);
    await page.keyboard.press('ArrowDown');
    const violations = await page.evaluate(async (sel) => {
      const dialog = document.querySelector(sel);
      if (!window.axe || !dialog) throw new Error('axe or the dialog is missing');
      const results = await window.axe.run(dialog, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      });
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, DIALOG);
    expect(violations).toEqual([]);
    expect(await page.getAttribute('.search-input', 'role')).toBe('combobox');
    expect(await page.getAttribute('.search-results', 'role')).toBe('listbox');
    expect(await page.getAttribute(DIALOG, 'aria-labelledby')).toBe('search-title');
    await context.close();
  });

  test('a 360 px phone: the dialog fills the screen without sideways scroll, targets are 44 px, a tap goes to the slide', async () => {
    const context = await deck.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const log = await recordActivity(context);
    const page = await context.newPage();
    await page.goto(`${deck.url}?view=slides&lang=ja#/title`);
    await page.waitForSelector('button.search-open:not([hidden])');
    const target = notesOnlyPhrase(await deckText(page, 'ja'));
    await page.tap('button.search-open');
    await waitOpen(page);
    await query(page, target.phrase);
    const sizes = await page.evaluate((sel) => {
      const dialog = document.querySelector<HTMLElement>(sel);
      const box = (q: string): { w: number; h: number }[] =>
        [...(dialog?.querySelectorAll(q) ?? [])].map((el) => ({
          w: el.getBoundingClientRect().width,
          h: el.getBoundingClientRect().height,
        }));
      return {
        width: dialog?.getBoundingClientRect().width ?? 0,
        overflow: (dialog?.scrollWidth ?? 0) - (dialog?.clientWidth ?? 0),
        page: document.documentElement.scrollWidth - innerWidth,
        targets: [...box('.search-close'), ...box('.search-other'), ...box('.search-input'), ...box('[role="option"]')],
      };
    }, DIALOG);
    expect(sizes.width).toBeLessThanOrEqual(360);
    expect(sizes.width).toBeGreaterThan(340);
    expect(sizes.overflow).toBeLessThanOrEqual(0);
    expect(sizes.page).toBeLessThanOrEqual(0);
    expect(sizes.targets.length).toBeGreaterThanOrEqual(4);
    // 44 px, less layout rounding (43.99999 happens).
    for (const t of sizes.targets) expect(Math.min(t.w, t.h)).toBeGreaterThanOrEqual(43.99);
    await page.tap('.search-results [role="option"]');
    // reveal's scroll view (phones) scrolls to the slide; it does not write the hash.
    await expect.poll(() => current(page), POLL).toBe(target.id);
    expect(await isOpen(page)).toBe(false);
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

describe('the single-file build', () => {
  const FILE = resolve('dist-single', 'index.html');
  beforeAll(async () => {
    await build({ mode: 'single', logLevel: 'warn' });
  }, 120_000);

  test('search works from file:// with the network off: notes found, Enter goes there', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    await context.setOffline(true);
    await context.route(/^(?!file:|data:)/, (route) => route.abort());
    const log = await recordActivity(context);
    const scout = await openDeck(context, `${pathToFileURL(FILE).href}?lang=ja#/title`);
    const target = notesOnlyPhrase(await deckText(scout, 'ja'));
    await scout.close();
    const page = await openDeck(context, `${pathToFileURL(FILE).href}?lang=ja#/title`);
    await page.click('button.search-open');
    await waitOpen(page);
    await query(page, target.phrase);
    expect((await options(page)).map((o) => `${o.slide}:${o.kind}`)).toEqual([`${target.id}:notes`]);
    // The dialog's styles came with it: a modal box, not an unstyled list.
    expect(await page.$eval(DIALOG, (d) => getComputedStyle(d).display)).toBe('flex');
    await page.keyboard.press('Enter');
    await expect.poll(() => current(page), POLL).toBe(target.id);
    expect(log.failedRequests).toEqual([]);
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});

describe('the reading view', () => {
  test('its header has the button; a result goes to the slide in the article, which takes the focus', async (ctx) => {
    const context = await deck.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const log = await recordActivity(context);
    const scout = await openDeck(context, `${deck.url}?view=slides&lang=ja#/title`);
    const target = notesOnlyPhrase(await deckText(scout, 'ja'));
    await scout.close();
    const page = await context.newPage();
    await page.goto(`${deck.url}?view=read&lang=ja`);
    const reading = await page
      .waitForFunction(() => document.documentElement.dataset.readingReady === 'true', null, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    // Until the reading view (src/runtime/reading/) is in the build there is nothing to test.
    if (!reading && !(await page.locator('.reading-view').count())) ctx.skip();
    const button = page.locator('.reading-view .reading-tools button.search-open');
    expect(await button.count()).toBe(1);
    expect(await button.getAttribute('aria-label')).toBe('スライドとノートを検索');
    await button.tap();
    await waitOpen(page);
    await query(page, target.phrase);
    expect((await options(page)).map((o) => `${o.slide}:${o.kind}`)).toEqual([`${target.id}:notes`]);
    expect(await uncoveredGlyphs(page, DIALOG, cmaps)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe(`#/${target.id}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(target.id);
    const top = await page.evaluate((id) => document.getElementById(id)?.getBoundingClientRect().top ?? -1, target.id);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    // Shift+F works there too (no reveal on this page).
    await page.keyboard.press('Shift+F');
    await waitOpen(page);
    await page.keyboard.press('Escape');
    expect(problems(log)).toEqual([]);
    await context.close();
  });
});
