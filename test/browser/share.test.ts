import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { build } from 'vite';
import { beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, openDeck, useDeck } from '../support/browser.ts';

/**
 * With DECK_URL set, the build adds sharing: canonical and social tags, a social card made from
 * the title slide, and QR codes that a phone can scan. The QR codes are decoded from screenshots,
 * as a phone camera would see them on the projector.
 */
const URL_UNDER_TEST = 'https://example.org/security-no-yube/';
const OUT = resolve('test-output/dist-url');
const deck = useDeck({ dir: OUT });

beforeAll(async () => {
  process.env.DECK_URL = URL_UNDER_TEST;
  try {
    await build({ logLevel: 'warn', build: { outDir: OUT, emptyOutDir: true } });
  } finally {
    delete process.env.DECK_URL;
  }
}, 180_000);

function decode(png: Buffer): string | undefined {
  const img = PNG.sync.read(png);
  return jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data;
}

describe('sharing with DECK_URL', () => {
  test('head has canonical, Open Graph and Twitter card tags with absolute URLs', () => {
    const html = readFileSync(resolve(OUT, 'index.html'), 'utf8');
    expect(html).toContain(`<link rel="canonical" href="${URL_UNDER_TEST}">`);
    expect(html).toContain(`<meta property="og:url" content="${URL_UNDER_TEST}">`);
    expect(html).toContain(`<meta property="og:image" content="${URL_UNDER_TEST}social-card.png">`);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(html).toMatch(/<link rel="alternate" hreflang="en" href="[^"]+\?lang=en">/);
  });

  test('the social card is a 1200×630 picture of the title slide', () => {
    const card = PNG.sync.read(readFileSync(resolve(OUT, 'social-card.png')));
    expect([card.width, card.height]).toEqual([1200, 630]);
    // Not a blank image: the title's light text on the dark background gives many bright pixels.
    let bright = 0;
    for (let i = 0; i < card.data.length; i += 4) if ((card.data[i] ?? 0) > 200) bright++;
    expect(bright).toBeGreaterThan(5000);
  });

  test.each(['title', 'coupon'])('the QR code on #/%s decodes to the deck URL', async (id) => {
    const context = await deck.browser.newContext(DESKTOP);
    const page = await openDeck(context, `${deck.url}?transition=none#/${id}`);
    const qr = page.locator(`section#${id} .l10n:not([hidden]) .qr-code`);
    expect(await qr.count()).toBe(1);
    expect(decode(await qr.screenshot())).toBe(URL_UNDER_TEST);
    expect(await qr.getAttribute('aria-label')).toContain(URL_UNDER_TEST);
    await context.close();
  });

  test.each(['ja', 'en'])('the closing slide’s QR code can be scanned from the back of a room at 1920×1080 (%s)', async (lang) => {
    const context = await deck.browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}#/coupon`);
    const qr = page.locator(`section#coupon .l10n:not([hidden]) .qr-code`);
    const m = await qr.evaluate((svg) => {
      const box = svg.getBoundingClientRect();
      const link = svg.closest('figure')?.querySelector('figcaption a');
      const slide = svg.closest('section')?.getBoundingClientRect();
      return {
        width: box.width,
        // uqr draws 8 viewBox units per module, the quiet zone included.
        modules: Number(svg.getAttribute('viewBox')?.split(' ')[2]) / 8,
        inside: !!slide && box.left >= slide.left && box.right <= slide.right && box.bottom <= slide.bottom,
        url: link?.textContent,
        urlPx: link ? parseFloat(getComputedStyle(link).fontSize) * (window.deck?.getScale() ?? 0) : 0,
        urlLines: link ? new Set([...link.getClientRects()].map((r) => Math.round(r.top))).size : 0,
      };
    });
    // 17 px a module on a 1080p screen: 576 px for the whole code, ~0.9 m of a 3 m wide screen.
    expect(m.modules).toBe(33);
    expect(m.width / m.modules).toBeGreaterThanOrEqual(17);
    expect(m.inside).toBe(true);
    // The short URL under it: no scheme, no trailing slash, one line, at the deck's type floor or more.
    expect(m.url).toBe('example.org/security-no-yube');
    expect(m.urlLines).toBe(1);
    expect(m.urlPx).toBeGreaterThanOrEqual(28);
    expect(decode(await qr.screenshot())).toBe(URL_UNDER_TEST);
    // Nothing on the slide runs under the code.
    const overlaps = await page.evaluate(() => {
      const code = document.querySelector('section#coupon .l10n:not([hidden]) .qr')?.getBoundingClientRect();
      if (!code) return ['no QR figure'];
      return [...document.querySelectorAll('section#coupon .l10n:not([hidden]) > :not(.qr)')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.right > code.left && r.left < code.right && r.bottom > code.top && r.top < code.bottom;
        })
        .map((el) => el.tagName + ': ' + (el.textContent ?? '').slice(0, 30));
    });
    expect(overlaps).toEqual([]);
    await context.close();
  });

  test('without DECK_URL the default build has no QR code and no social tags', () => {
    const html = readFileSync(resolve('dist/index.html'), 'utf8');
    // The coupon slide's QR code would be in the chunk of the slides after slide 1 (src/runtime/deck-slides.ts).
    const rest = readdirSync(resolve('dist/assets')).filter((f) => /deck-slides-[\w-]{8}\.js$/.test(f));
    expect(rest).toHaveLength(1);
    const slides = rest.map((f) => readFileSync(resolve('dist/assets', f), 'utf8')).join('');
    expect(slides).toContain('coupon');
    expect(`${html}${slides}`).not.toContain('qr-code');
    expect(html).not.toContain('og:url');
  });
});
