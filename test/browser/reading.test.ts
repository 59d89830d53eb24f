/**
 * The reading view, built: on a phone (360, 390, 430 px, both languages) it opens by default
 * instead of the slides, with every slide (all fragments shown) and its notes as a transcript, no
 * word broken across two lines, text of 16 px or more, 44 px targets, no sideways scroll, deep
 * links, no axe violation, one h1, and a print layout without controls. On a desktop `?view=read`
 * opens it and the deck still starts reveal, with a link into the reading view that the projected
 * slide hides while presenting.
 */
import { createRequire } from 'node:module';
import type AxeApi from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DECK_CONFIG } from '../../src/deck-config.ts';
import {
  deckSlideIds,
  foreignRequests,
  openDeck,
  problems,
  recordActivity,
  useDeck,
  waitForDeck,
  type ActivityLog,
} from '../support/browser.ts';
import { brokenWords } from '../support/line-breaks.ts';
import { shippedFaces } from '../support/drawn-glyphs.ts';
import { axeViolations, drawnTexts, layoutProblems, slideContents } from '../support/reading-checks.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const PHONE = { isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' } as const;

declare global {
  interface Window {
    axe?: typeof AxeApi;
  }
}

const deck = useDeck();

async function openReading(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForReading(page);
  return page;
}

async function waitForReading(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.readingReady === 'true');
}

/** Where a slide's box starts, from the top of the screen. */
function slideTop(page: Page, id: string): Promise<number> {
  return page.evaluate((slideId) => document.getElementById(slideId)?.getBoundingClientRect().top ?? NaN, id);
}

const CASES = [360, 390, 430].flatMap((width) => (['ja', 'en'] as const).map((lang) => [width, lang] as const));

describe.each(CASES)('phone, %i px, %s', (width, lang) => {
  let context: BrowserContext;
  let log: ActivityLog;
  let page: Page;
  let ids: string[];

  beforeAll(async () => {
    context = await deck.browser.newContext({ ...PHONE, viewport: { width, height: 800 } });
    log = await recordActivity(context);
    page = await openReading(context, `${deck.url}?lang=${lang}`);
    ids = deckSlideIds();
  });
  afterAll(async () => {
    await context?.close();
  });

  test('opens by default, not reveal: every slide with all its fragments and its notes, one h1', async () => {
    expect(await page.evaluate(() => ({ reveal: !!window.deck || !!document.querySelector('.reveal-viewport, .slides') }))).toEqual({
      reveal: false,
    });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    const contents = await slideContents(page, ids);
    expect(contents.map((c) => c.id)).toEqual(ids);
    expect(contents.filter((c) => !c.heading || c.text < 10 || c.notes < 40 || !c.notesOpen).map((c) => c.id)).toEqual([]);
    expect(contents.flatMap((c) => c.unseen.map((u) => `${c.id}: ${u}`))).toEqual([]);
    expect(await page.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => h.checkVisibility()).length)).toBe(1);
    expect(await page.evaluate(() => document.querySelectorAll('.fragment').length)).toBe(0);
    // reveal.js is a chunk of its own (src/deck/plugins/chunk-preload.ts): a phone reader never downloads or runs it.
    const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''));
    expect(scripts.filter((n) => /^reveal-[\w-]{8}\.js$/.test(n))).toEqual([]);
  });

  test('no word is broken across two lines (slides, transcripts, contents)', async () => {
    await page.evaluate(() => document.querySelector('.reading-toc details')?.setAttribute('open', ''));
    const report = await page.evaluate(brokenWords, '.reading-view');
    expect(report.breaks).toBeGreaterThan(300);
    expect(report.bad).toEqual([]);
  });

  test('text is 16 px or more, targets 44 px, nothing wider than the screen', async () => {
    await page.evaluate(() => document.querySelector('.reading-toc details')?.setAttribute('open', ''));
    const found = await page.evaluate(layoutProblems, { minText: 16, minTarget: 44 });
    expect(found.checkedTargets).toBeGreaterThan(ids.length * 2);
    expect(found.small).toEqual([]);
    expect(found.targets).toEqual([]);
    expect(found.wide).toEqual([]);
  });

  test('deep links land on the slide, hashchange moves, scrolling updates the address', async () => {
    const linked = await openReading(context, `${deck.url}?lang=${lang}#/walti-time`);
    await expect.poll(() => slideTop(linked, 'walti-time')).toBeLessThan(30);
    expect(await slideTop(linked, 'walti-time')).toBeGreaterThanOrEqual(0);
    // What the search and the agenda do: set the hash.
    await linked.evaluate(() => (location.hash = '#/ipa-rank5'));
    await expect.poll(() => slideTop(linked, 'ipa-rank5')).toBeLessThan(30);
    expect(await linked.evaluate(() => document.activeElement?.id)).toBe('ipa-rank5');
    // Reading on: the address follows the slide at the top, and "view as slides" opens that one.
    await linked.evaluate(() => scrollTo(0, scrollY + (document.getElementById('walti-lessons')?.getBoundingClientRect().top ?? 0) + 4));
    await linked.waitForFunction(() => location.hash === '#/walti-lessons');
    const href = await linked.getAttribute('.reading-to-slides', 'href');
    expect(new URL(href ?? '').searchParams.get('view')).toBe('slides');
    expect(new URL(href ?? '').searchParams.get('lang')).toBe(lang);
    expect(new URL(href ?? '').hash).toBe('#/walti-lessons');
    await linked.close();
  });

  test('print shows the article without controls, on white', async () => {
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => ({
      controls: [...document.querySelectorAll('.reading-header, .reading-meta, .reading-toc, .reading-link, .lang-switch, button')]
        .filter((el) => el.checkVisibility())
        .map((el) => el.className || el.tagName),
      background: getComputedStyle(document.body).backgroundColor,
      notes: [...document.querySelectorAll('.reading-notes')].filter((d) => (d as HTMLDetailsElement).open).length,
      slides: [...document.querySelectorAll('.reading-slide')].filter((s) => s.checkVisibility()).length,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(printed).toEqual({ controls: [], background: 'rgb(255, 255, 255)', notes: ids.length, slides: ids.length });
  });

  test('axe-core: no violations (WCAG 2.2 A/AA)', async () => {
    const axeContext = await deck.browser.newContext({ ...PHONE, viewport: { width, height: 800 }, bypassCSP: true });
    const axePage = await openReading(axeContext, `${deck.url}?lang=${lang}${width === 390 ? '&theme=light' : ''}`);
    await axePage.addScriptTag({ path: AXE_SCRIPT });
    expect(await axePage.evaluate(axeViolations)).toEqual([]);
    await axeContext.close();
  });

  test('no errors, no CSP violation, nothing fetched from elsewhere', () => {
    expect(problems(log)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
    expect(foreignRequests(log, deck.url)).toEqual([]);
  });
});

describe('desktop, 1280 px', () => {
  let context: BrowserContext;
  let log: ActivityLog;
  beforeAll(async () => {
    context = await deck.browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
    log = await recordActivity(context);
  });
  afterAll(async () => {
    await context?.close();
  });

  test('?view=read is the reading view; "view as slides" opens the deck on that slide', async () => {
    const page = await openReading(context, `${deck.url}?view=read&lang=en`);
    const ids = deckSlideIds();
    expect(await page.evaluate(() => !!window.deck)).toBe(false);
    expect((await slideContents(page, ids)).map((c) => c.id)).toEqual(ids);
    expect((await page.evaluate(brokenWords, '.reading-view')).bad).toEqual([]);
    expect(await page.evaluate(() => document.querySelector('meta[name="description"]')?.getAttribute('content'))).toBe(
      DECK_CONFIG.description.en,
    );
    // The language button: the article, <html lang>, the title and the description follow.
    await page.click('.reading-lang');
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['ja', DECK_CONFIG.title.ja]);
    expect(await page.evaluate(() => document.querySelector('meta[name="description"]')?.getAttribute('content'))).toBe(
      DECK_CONFIG.description.ja,
    );
    expect(await page.evaluate(() => document.querySelector('#walti-time .l10n[lang="ja"]')?.checkVisibility())).toBe(true);
    // The colour scheme's toggle (the deck's Shift+T is reveal's): named in the page's language.
    const theme = (): Promise<(string | null | undefined)[]> =>
      page.evaluate(() => {
        const button = document.querySelector('.reading-theme');
        return [document.documentElement.dataset.theme, button?.getAttribute('aria-pressed'), button?.getAttribute('aria-label')];
      });
    expect(await theme()).toEqual(['dark', 'false', '明るい配色']);
    await page.click('.reading-theme');
    expect(await theme()).toEqual(['light', 'true', '明るい配色']);
    await page.click('#walti-time .reading-as-slide');
    await waitForDeck(page);
    expect(await page.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe('walti-time');
    expect(new URL(page.url()).searchParams.get('lang')).toBe('ja');
    await page.close();
  });

  test('the deck still starts reveal; its 「全文を読む」 link opens the reading view on the current slide and hides while presenting', async () => {
    await context.clock.install();
    const page = await openDeck(context, `${deck.url}?lang=ja#/walti-reveal`);
    expect(await page.evaluate(() => typeof window.deck?.getCurrentSlide)).toBe('function');
    const link = page.locator('a.reading-link');
    await page.mouse.move(300, 300);
    expect(await link.textContent()).toBe('全文を読む');
    const opacity = (): Promise<number> => link.evaluate((el) => Number(getComputedStyle(el).opacity));
    expect(await opacity()).toBe(1);
    await page.clock.fastForward(3500);
    await page.waitForSelector('html.deck-presenting');
    expect(await opacity()).toBe(0);
    await page.mouse.move(320, 320);
    await page.waitForSelector('html:not(.deck-presenting)');
    await page.keyboard.press('Shift+L');
    expect(await link.textContent()).toBe('Read the talk');
    await link.click();
    await waitForReading(page);
    expect(new URL(page.url()).searchParams.get('view')).toBe('read');
    await expect.poll(() => slideTop(page, 'walti-reveal')).toBeLessThan(30);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  test('robots.txt is served beside the deck', async () => {
    const response = await fetch(`${deck.url}robots.txt`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(/^User-agent: \*$/m);
  });

  test('no errors and no CSP violation', () => {
    expect(problems(log)).toEqual([]);
    expect(log.cspViolations).toEqual([]);
  });
});

describe('the line-break check can fail', () => {
  test('it reports 「アプリケーショ/ン」 and "Th/eft", and passes the same words whole', async () => {
    const context = await deck.browser.newContext({ ...PHONE, viewport: { width: 360, height: 800 } });
    const page = await openReading(context, `${deck.url}?lang=ja`);
    // The defects the scroll view had: a word that did not fit its column split by overflow-wrap.
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'probe';
      probe.className = 'reveal';
      probe.innerHTML =
        '<p lang="en" class="narrow">Theft of personal information</p><p lang="ja" class="narrow">アプリケーションの責任範囲</p>' +
        '<p lang="en">Theft of personal information</p><p lang="ja">アプリケーションの責任範囲</p>';
      for (const p of probe.querySelectorAll<HTMLElement>('.narrow'))
        p.style.cssText = 'width: 3.3em; overflow-wrap: anywhere; font-size: 16px';
      document.body.append(probe);
    });
    const report = await page.evaluate(brokenWords, '#probe');
    expect(report.bad.some((b) => b.includes('Th/eft') || /[a-z]\/[a-z]/.test(b))).toBe(true);
    expect(report.bad.some((b) => /[\u30a0-\u30ff]\/[\u30a0-\u30ff]/.test(b))).toBe(true);
    // The same words in a column wide enough are never reported.
    await page.evaluate(() => document.querySelectorAll('#probe .narrow').forEach((p) => p.remove()));
    expect((await page.evaluate(brokenWords, '#probe')).bad).toEqual([]);
    await context.close();
  });
});

describe('the font subsets cover the reading view', () => {
  test('every character it draws is in a shipped face of the weight it is drawn in, in both languages', async () => {
    const faces = await shippedFaces();
    const context = await deck.browser.newContext({ ...PHONE, viewport: { width: 390, height: 800 } });
    const lost: string[] = [];
    let drawn = 0;
    for (const lang of ['ja', 'en']) {
      const page = await openReading(context, `${deck.url}?lang=${lang}`);
      await page.evaluate(() => document.querySelector('.reading-toc details')?.setAttribute('open', ''));
      const texts = await page.evaluate(drawnTexts, false);
      drawn += texts.length;
      for (const t of texts) {
        // Bold falls back to the regular face (synthesised) only where it has to: that is a miss too.
        const roles = t.mono ? ['code', 'regular', 'notes'] : t.weight >= 600 ? ['bold'] : ['regular', 'notes'];
        for (const ch of t.text) {
          const cp = ch.codePointAt(0) ?? 0;
          if (!faces.some((f) => roles.includes(f.role) && f.cmap.has(cp)))
            lost.push(`${ch} (${t.weight}${t.mono ? ', mono' : ''}, ${lang})`);
        }
      }
      await page.close();
    }
    await context.close();
    expect(drawn).toBeGreaterThan(500);
    expect([...new Set(lost)]).toEqual([]);
  });

  // A phone's first view: its own small part of each face (src/deck/load.ts, readingViewChars), preloaded
  // by the HTML; the rest of the deck's characters (~75 KB) and the notes face load as the reader scrolls.
  test.each([
    [360, 740],
    [412, 823],
  ])('at %i×%i the first screen draws only glyphs of the first-view and reading parts, and fetches no other', async (width, height) => {
    const faces = (await shippedFaces()).filter((f) => f.part !== 'rest' && (f.role === 'regular' || f.role === 'bold'));
    expect(faces.map((f) => `${f.role}-${f.part}`).sort()).toEqual(['bold-first', 'bold-reading', 'regular-first', 'regular-reading']);
    const context = await deck.browser.newContext({ ...PHONE, viewport: { width, height } });
    for (const lang of ['ja', 'en']) {
      const page = await openReading(context, `${deck.url}?lang=${lang}`);
      // Fonts first: walking every element's style (drawnTexts) makes Chromium style the slides
      // content-visibility skips, and fetch their faces.
      const fonts = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => e.name.split('/').pop() ?? '')
          .filter((n) => n.endsWith('.woff2'))
          .map((n) => n.replace(/^noto-sans-jp-([\w-]+)-[0-9a-f]{8}\.woff2$/, '$1'))
          .sort(),
      );
      const texts = await page.evaluate(drawnTexts, true);
      expect(texts.length).toBeGreaterThan(20);
      const lost = texts.flatMap((t) =>
        [...t.text].filter(
          (ch) => !faces.some((f) => f.role === (t.weight >= 600 ? 'bold' : 'regular') && f.cmap.has(ch.codePointAt(0) ?? 0)),
        ),
      );
      expect([...new Set(lost)], lang).toEqual([]);
      expect(fonts, lang).toEqual(['bold', 'bold-reading', 'regular', 'regular-reading']);
      await page.close();
    }
    await context.close();
  });
});
