/**
 * The deck on a phone (390×844, touch, 3× pixels): reveal's scroll view takes over, the text is
 * large enough to read without zooming, the page never scrolls sideways, and scrolling down
 * reaches every slide. Saves a screenshot of every slide for people.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  foreignRequests,
  gotoDeck,
  openDeck,
  outputDir,
  problems,
  recordActivity,
  settle,
  shotName,
  deckSlideIds,
  useDeck,
  type ActivityLog,
} from '../support/browser.ts';

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 3 };
/** Smallest rendered text, in CSS px, that a phone reader can take in without zooming. */
const MIN_TEXT_PX = 14;

const deck = useDeck();
let context: BrowserContext;
let log: ActivityLog;
let page: Page;
let ids: string[];

/** Scrolls the scroll view by `dy` and waits until reveal has handled the scroll. */
async function scrollBy(dy: number): Promise<void> {
  await page.evaluate(async (by) => {
    const viewport = document.querySelector('.reveal-viewport');
    viewport?.scrollBy({ top: by, behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }, dy);
}

beforeAll(async () => {
  context = await deck.browser.newContext(PHONE);
  log = await recordActivity(context);
  page = await openDeck(context, `${deck.url}?view=slides`);
  ids = deckSlideIds();
});

afterAll(async () => {
  await context?.close();
});

describe('phone (390×844)', () => {
  test('reveal’s scroll view is active', async () => {
    // isScrollView() exists at runtime but is missing from reveal 6's RevealApi type.
    const scrollView = await page.evaluate(() => (window.deck as { isScrollView?: () => boolean } | undefined)?.isScrollView?.());
    expect(scrollView).toBe(true);
    expect(await page.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
  });

  test(`all slide text renders at ${MIN_TEXT_PX} CSS px or more`, async () => {
    const { slides, texts, small } = await page.evaluate((min) => {
      const found: string[] = [];
      let slideCount = 0;
      let textCount = 0;
      for (const slide of document.querySelectorAll<HTMLElement>('.slides section[id]')) {
        // reveal scales each slide with a transform: rendered size = CSS size × scale.
        const scale = slide.getBoundingClientRect().width / slide.offsetWidth;
        slideCount++;
        for (const el of slide.querySelectorAll<HTMLElement | SVGElement>('*')) {
          if (el.closest('aside.notes, [hidden]')) continue;
          const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
          if (!ownText) continue;
          textCount++;
          const css = parseFloat(getComputedStyle(el).fontSize);
          // SVG text is scaled by its viewBox too; the screen CTM has every scale on the way.
          const px = el instanceof SVGGraphicsElement ? css * (el.getScreenCTM()?.a ?? 1) : css * scale;
          if (px < min - 0.1)
            found.push(`${slide.id}: ${el.tagName.toLowerCase()} "${el.textContent?.trim().slice(0, 30)}" at ${px.toFixed(1)}px`);
        }
      }
      return { slides: slideCount, texts: textCount, small: found };
    }, MIN_TEXT_PX);
    expect(slides).toBe(ids.length);
    expect(texts).toBeGreaterThan(ids.length);
    expect(small).toEqual([]);
  });

  test('the page never scrolls sideways and every slide fits the screen’s width', async () => {
    const wide = await page.evaluate(() => {
      const found: string[] = [];
      const w = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth > w) found.push(`page ${document.documentElement.scrollWidth} > ${w}`);
      const viewport = document.querySelector('.reveal-viewport');
      if (viewport && viewport.scrollWidth > viewport.clientWidth) found.push(`viewport ${viewport.scrollWidth} > ${viewport.clientWidth}`);
      const slides = document.querySelectorAll('.slides section[id]');
      if (slides.length === 0) found.push('no slides found');
      for (const slide of slides) {
        const r = slide.getBoundingClientRect();
        if (r.left < -1 || r.right > w + 1) found.push(`${slide.id}: ${r.left.toFixed(0)}…${r.right.toFixed(0)}`);
      }
      return found;
    });
    expect(wide).toEqual([]);
  });

  test('scrolling down shows every slide, and each becomes the current one', async () => {
    await page.evaluate(() => document.querySelector('.reveal-viewport')?.scrollTo({ top: 0, behavior: 'instant' }));
    const seen = new Set<string>();
    const current = new Set<string>();
    const height = await page.evaluate(() => innerHeight);
    for (let guard = 0; guard < 2_000; guard++) {
      const state = await page.evaluate(() => {
        const visible = [...document.querySelectorAll('.slides section[id]')]
          .filter((s) => {
            const r = s.getBoundingClientRect();
            return r.height > 0 && r.top < innerHeight && r.bottom > 0;
          })
          .map((s) => s.id);
        const viewport = document.querySelector('.reveal-viewport');
        const end = !viewport || viewport.scrollTop + viewport.clientHeight >= viewport.scrollHeight - 1;
        return { visible, current: window.deck?.getCurrentSlide()?.id ?? '', end };
      });
      state.visible.forEach((id) => seen.add(id));
      current.add(state.current);
      if (state.end) break;
      await scrollBy(height / 2);
    }
    expect(
      ids.filter((id) => !seen.has(id)),
      'never on screen',
    ).toEqual([]);
    expect(
      ids.filter((id) => !current.has(id)),
      'never current',
    ).toEqual([]);
  });

  test('every slide, scrolled to, fits the screen (nothing cut off); screenshots go to test-output/phone/', async () => {
    const dir = outputDir('phone');
    const cut: string[] = [];
    for (const [i, id] of ids.entries()) {
      // The end of a slide's scroll page: the slide is pinned and its last fragment shows.
      await page.evaluate(async (slideId) => {
        const viewport = document.querySelector('.reveal-viewport');
        const scrollPage = document.getElementById(slideId)?.closest<HTMLElement>('.scroll-page');
        if (!viewport || !scrollPage) throw new Error(`no scroll page for ${slideId}`);
        const top = scrollPage.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
        viewport.scrollTo({ top: top + Math.max(0, scrollPage.offsetHeight - viewport.clientHeight), behavior: 'instant' });
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, id);
      await page.waitForFunction((slideId) => window.deck?.getCurrentSlide()?.id === slideId, id);
      await settle(page);
      // A slide taller than the screen is cut off by its scroll page (overflow: hidden).
      const box = await page.evaluate((slideId) => {
        const slide = document.getElementById(slideId);
        const clip = slide?.closest('.scroll-page-content');
        const r = slide?.getBoundingClientRect();
        const c = clip?.getBoundingClientRect();
        return r && c ? { top: r.top - Math.max(c.top, 0), bottom: Math.min(c.bottom, innerHeight) - r.bottom } : null;
      }, id);
      if (!box || box.top < -1 || box.bottom < -1) cut.push(`${id}: ${JSON.stringify(box)}`);
      // CSS pixels keep 38 screenshots quick; the text size test measures the real rendering.
      await page.screenshot({ path: join(dir, shotName(i, id)), scale: 'css' });
    }
    expect(cut).toEqual([]);
  });

  test('a deep link opens the scroll view at its slide, and a changed hash scrolls to its slide (reveal.js#3815)', async () => {
    const targets = [ids[5], ids[12], ids[20], ids[30], ids.at(-2)].filter((x): x is string => !!x);
    /** The slide in view and current, still so half a second later (reveal corrects itself on scroll). */
    const landsOn = async (p: Page, id: string): Promise<void> => {
      await expect.poll(() => p.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe(id);
      await p.waitForTimeout(500);
      expect(await p.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe(id);
      // Its page (reveal wraps each slide in one, the slide centred in it) starts at the top of the screen.
      const top = await p.evaluate(
        (slide) => document.getElementById(slide)?.closest('.scroll-page')?.getBoundingClientRect().top ?? Number.NaN,
        id,
      );
      expect(Math.abs(top)).toBeLessThan(40);
      expect(await p.evaluate(() => location.hash)).toBe(`#/${id}`);
    };
    for (const viewport of [PHONE.viewport, { width: 360, height: 740 }]) {
      for (const id of targets) {
        const fresh = await context.newPage();
        await fresh.setViewportSize(viewport);
        try {
          await fresh.goto(`${deck.url}?view=slides#/${id}`);
          await fresh.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
          await landsOn(fresh, id);
          // An agenda link or a shared link pasted into the same tab: a hash change.
          const other = targets[(targets.indexOf(id) + 2) % targets.length] ?? id;
          await fresh.evaluate((to) => (location.hash = `#/${to}`), other);
          await landsOn(fresh, other);
        } finally {
          await fresh.close();
        }
      }
    }
  });

  test('on small phones, in both languages, tall slides get a smaller scale of their own: clear of the buttons, text still 14 px or more', async () => {
    /**
     * Each slide scrolled to (slides are fitted as they come near the view), with its own scale,
     * top and bottom as drawn inside its page, and how many of its texts are under MIN_TEXT_PX.
     */
    const read = async (p: Page) => {
      const slides = [];
      for (const id of ids) {
        slides.push(
          await p.evaluate(
            async ({ slideId, min }) => {
              const slide = document.getElementById(slideId) as HTMLElement;
              const viewport = document.querySelector('.reveal-viewport') as HTMLElement;
              const scrollPage = slide.closest('.scroll-page') as HTMLElement;
              const top = scrollPage.getBoundingClientRect().top - viewport.getBoundingClientRect().top + viewport.scrollTop;
              viewport.scrollTo({ top, behavior: 'instant' });
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              const box = slide.getBoundingClientRect();
              const content = slide.closest('.scroll-page-content')?.getBoundingClientRect();
              const scale = box.width / slide.offsetWidth;
              const small = [...slide.querySelectorAll<HTMLElement>('*')]
                .filter((el) => !el.closest('aside.notes, [hidden]'))
                .filter((el) => [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()))
                .filter((el) => Number.parseFloat(getComputedStyle(el).fontSize) * scale < min - 0.1).length;
              // A label's part ("› Presenter's add-on") is short: it never wraps inside itself.
              const partWraps = [...slide.querySelectorAll<HTMLElement>('.section-part')]
                .filter((el) => !el.closest('[hidden]'))
                .some((el) => el.getBoundingClientRect().height / scale > 1.5 * Number.parseFloat(getComputedStyle(el).lineHeight));
              return {
                id: slideId,
                partWraps,
                own: slide.style.getPropertyValue('--phone-scale'),
                top: content ? box.top - content.top : Number.NaN,
                bottom: content ? content.bottom - box.bottom : Number.NaN,
                small,
              };
            },
            { slideId: id, min: MIN_TEXT_PX },
          ),
        );
      }
      return slides;
    };
    const fittedOf = (slides: Awaited<ReturnType<typeof read>>) =>
      Object.fromEntries(slides.filter((s) => s.own).map((s) => [s.id, s.own]));
    for (const viewport of [{ width: 360, height: 740 }, PHONE.viewport]) {
      const fitted: Record<string, Record<string, string>> = {};
      for (const lang of ['ja', 'en']) {
        const fresh = await context.newPage();
        await fresh.setViewportSize(viewport);
        try {
          await gotoDeck(fresh, `${deck.url}?view=slides&lang=${lang}`);
          // The buttons at the top: the band every slide keeps clear of.
          const band = await fresh.evaluate(() =>
            Math.max(
              ...[...document.querySelectorAll('.reading-link, .search-open, .lang-switch')].map((c) => c.getBoundingClientRect().bottom),
            ),
          );
          expect(band).toBeGreaterThan(30);
          const slides = await read(fresh);
          const where = `${viewport.width}×${viewport.height} ${lang}`;
          expect(
            slides.filter((s) => s.top < band - 1).map((s) => `${s.id} top ${s.top.toFixed(0)}`),
            `${where}: under the buttons`,
          ).toEqual([]);
          expect(
            slides.filter((s) => s.small > 0).map((s) => s.id),
            `${where}: text under ${MIN_TEXT_PX} px`,
          ).toEqual([]);
          expect(
            slides.filter((s) => s.partWraps).map((s) => s.id),
            `${where}: a section label's part wraps`,
          ).toEqual([]);
          // Cut off at the bottom only when even the smallest legible scale is too tall (the
          // English ranking at 360 × 740), never when a smaller scale was still open to it.
          const cut = slides.filter((s) => s.bottom < -1);
          expect(
            cut.filter((s) => !s.own).map((s) => s.id),
            `${where}: cut off at the theme's own scale`,
          ).toEqual([]);
          fitted[lang] = fittedOf(slides);
          // A language switch in place fits the slides as a page opened in that language does.
          if (lang === 'en') {
            await fresh.locator('.lang-switch').click();
            await expect.poll(() => fresh.evaluate(() => document.documentElement.lang)).toBe('ja');
            expect(fittedOf(await read(fresh)), `${where}: switched to ja`).toEqual(fitted.ja);
          }
        } finally {
          await fresh.close();
        }
      }
      // Some slides are fitted on the smaller phone, in each language: the test measures something.
      if (viewport.width === 360) {
        expect(Object.keys(fitted.ja ?? {}).length, 'slides fitted at 360 × 740, ja').toBeGreaterThan(3);
        expect(Object.keys(fitted.en ?? {}).length, 'slides fitted at 360 × 740, en').toBeGreaterThan(3);
      }
    }
  });

  test('a phone opened in landscape and turned upright gets the scroll view’s styles and fitted slides', async () => {
    const fresh = await context.newPage();
    try {
      await fresh.setViewportSize({ width: 844, height: 390 });
      await gotoDeck(fresh, `${deck.url}?view=slides&lang=en#/howto-sshd`);
      expect(await fresh.locator('.reveal-scroll').count()).toBe(0);
      await fresh.setViewportSize({ width: 360, height: 740 });
      await expect.poll(() => fresh.locator('.reveal-scroll').count()).toBe(1);
      // The scroll view's own scale (scroll-view.css, loaded on the turn), then the tall slide's fit.
      await expect
        .poll(() =>
          fresh.evaluate(() =>
            Number(getComputedStyle(document.querySelector('.scroll-page section[id]') as Element).getPropertyValue('--phone-scale')),
          ),
        )
        .toBe(0.6);
      await expect
        .poll(() => fresh.evaluate(() => document.getElementById('howto-sshd')?.style.getPropertyValue('--phone-scale')))
        .not.toBe('');
    } finally {
      await fresh.close();
    }
  });

  test('with the scroll view’s own code unreachable (the Wi-Fi dropped), the slides still start', async () => {
    // A context of its own: the aborted requests are this test's doing, not the page's.
    const offline = await deck.browser.newContext(PHONE);
    try {
      let aborted = 0;
      await offline.route(/\/assets\/scroll-phone-[\w-]+\.(js|css)$/, (route) => (aborted++, route.abort('internetdisconnected')));
      const p = await offline.newPage();
      await gotoDeck(p, `${deck.url}?view=slides`);
      expect(aborted).toBeGreaterThan(0);
      expect(await p.locator('.reveal-viewport.reveal-scroll').count()).toBe(1);
    } finally {
      await offline.close();
    }
  });

  test('no errors and nothing fetched from elsewhere on the phone', () => {
    expect(problems(log)).toEqual([]);
    expect(foreignRequests(log, deck.url)).toEqual([]);
  });
});
