/**
 * The deck under its real Content-Security-Policy (never bypassed here): the headers and the meta
 * policy are strict, every view (slides, overview, print view, the speaker view with its previews)
 * runs without a single violation, and the built HTML has no inline script hooks.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic } from '../../src/server/static-server.ts';
import { DESKTOP, DIST, foreignRequests, openDeck, problems, recordActivity, useDeck, type ActivityLog } from '../support/browser.ts';

const deck = useDeck();

/** `script-src` and friends of a policy string, as directive → sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name?.toLowerCase() ?? '', sources]),
  );
}

const cspMessages = (log: ActivityLog): string[] =>
  log.console.filter((m) => /Content[- ]Security[- ]Policy/i.test(m.text)).map((m) => `${m.type}: ${m.text} (${m.page})`);

/** Marks the document once reveal's print view has laid out every page. */
async function watchPdfReady(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    document.addEventListener('pdf-ready', () => {
      document.documentElement.dataset.testPdfReady = 'true';
    });
  });
}

/** Presses S and waits until the speaker view is connected and both previews show the deck. */
async function openSpeakerView(page: Page): Promise<Page> {
  // From slide 1: on the last step there is no next one, and its preview stays empty.
  await page.evaluate(() => window.deck?.slide(0, 0, -1));
  const opened = page.waitForEvent('popup');
  await page.keyboard.press('s');
  const popup = await opened;
  await popup.waitForSelector('.speaker[data-connected="true"]', { timeout: 10_000 });
  for (const selector of ['.speaker-current iframe', '.speaker-upcoming iframe']) {
    const frame = await (await popup.waitForSelector(selector, { state: 'attached' })).contentFrame();
    await frame?.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  }
  return popup;
}

describe('Content-Security-Policy', () => {
  test('index.html is served with a strict CSP header and carries a meta CSP', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    try {
      const page = await context.newPage();
      const response = await page.goto(deck.url);
      const header = response?.headers()['content-security-policy'] ?? '';
      expect(header).not.toBe('');
      const policy = parsePolicy(header);
      expect(policy.get('frame-ancestors')).toEqual(["'self'"]);
      expect(policy.get('default-src')).toEqual(["'none'"]);
      const scripts = policy.get('script-src') ?? [];
      // 'self' and nothing else: no page of the deck has an inline script (reveal's notes window had one).
      expect(scripts).toEqual(["'self'"]);
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(header).not.toContain('unsafe-eval');
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);

      // The same policy travels with the file (hosts without _headers), minus frame-ancestors.
      const meta = await page.evaluate(
        () => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '',
      );
      const metaPolicy = parsePolicy(meta);
      expect(metaPolicy.get('script-src')).toEqual(scripts);
      expect(metaPolicy.has('frame-ancestors')).toBe(false);
    } finally {
      await context.close();
    }
  });

  describe('every view, with the real policy', () => {
    let context: BrowserContext;
    let log: ActivityLog;
    let page: Page;
    beforeAll(async () => {
      context = await deck.browser.newContext(DESKTOP);
      log = await recordActivity(context);
      await watchPdfReady(context);
      page = await openDeck(context, `${deck.url}?transition=none`);
    });
    afterAll(async () => {
      await context?.close();
    });

    test('every slide with all its fragments', async () => {
      const count = await page.evaluate(() => window.deck?.getTotalSlides() ?? 0);
      expect(count).toBeGreaterThan(1);
      for (let i = 0; i < count; i++) {
        await page.evaluate(async (n) => {
          const deckApi = window.deck;
          const slide = deckApi?.getSlides()[n];
          if (!deckApi || !slide) throw new Error(`no slide ${n}`);
          const { h, v } = deckApi.getIndices(slide);
          deckApi.slide(h, v ?? 0);
          while (deckApi.nextFragment()) {
            /* show every fragment */
          }
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }, i);
      }
      expect(log.cspViolations).toEqual([]);
      expect(cspMessages(log)).toEqual([]);
    });

    test('the overview (O)', async () => {
      await page.keyboard.press('o');
      await page.waitForSelector('.reveal.overview');
      await page.keyboard.press('o');
      await page.waitForSelector('.reveal:not(.overview)');
      expect(log.cspViolations).toEqual([]);
      expect(cspMessages(log)).toEqual([]);
    });

    test('the speaker view (S): popup and both previews', async () => {
      const popup = await openSpeakerView(page);
      expect(await popup.locator('.speaker-notes-text').innerText()).not.toBe('');
      expect(log.cspViolations).toEqual([]);
      expect(cspMessages(log)).toEqual([]);
      await popup.close();
    });

    test('the print view (?print-pdf) with its @page rule', async () => {
      const print = await context.newPage();
      await print.goto(`${deck.url}?print-pdf`);
      await print.waitForFunction(() => document.documentElement.dataset.testPdfReady === 'true');
      const pages = await print.evaluate(() => document.querySelectorAll('.pdf-page').length);
      const slides = await print.evaluate(() => window.deck?.getTotalSlides() ?? 0);
      expect(pages).toBeGreaterThanOrEqual(slides);
      // reveal writes the page size into a <style>: blocked styles would print US Letter.
      const pageRule = await print.evaluate(() =>
        [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSPageRule)),
      );
      expect(pageRule).toBe(true);
      await print.close();
      expect(log.cspViolations).toEqual([]);
      expect(cspMessages(log)).toEqual([]);
    });

    test('nothing else went wrong on the way', () => {
      expect(problems(log)).toEqual([]);
      expect(foreignRequests(log, deck.url)).toEqual([]);
    });
  });

  test('the recorder does see violations: a speaker view whose frames are forbidden, and an inline script', async () => {
    // A copy of dist/ whose policies forbid frames: the speaker view's previews are then blocked.
    const dir = mkdtempSync(join(tmpdir(), 'deck-csp-'));
    cpSync(DIST, dir, { recursive: true });
    for (const file of ['_headers', 'index.html', 'speaker.html']) {
      const path = join(dir, file);
      writeFileSync(path, readFileSync(path, 'utf8').replace(/frame-src (?:'self'|&#39;self&#39;)/g, "frame-src 'none'"));
    }
    const server = await serveStatic(dir);
    const context = await deck.browser.newContext(DESKTOP);
    try {
      const log = await recordActivity(context);
      const page = await openDeck(context, `${server.url}?transition=none`);
      const opened = page.waitForEvent('popup');
      await page.keyboard.press('s');
      await opened;
      await expect.poll(() => cspMessages(log).filter((m) => m.includes('frame-src')).length, { timeout: 10_000 }).toBeGreaterThan(0);
      // The view is an ordinary page (reveal's notes window was written with document.write, which
      // dropped the recorder's listener): its violations reach the recorder as events too.
      await expect
        .poll(() => log.cspViolations.filter((v) => v.directive === 'frame-src' && v.page.includes('speaker.html')).length)
        .toBeGreaterThan(0);
      // In an ordinary document the securitypolicyviolation event reaches the recorder too.
      await page.addScriptTag({ content: 'void 0' }).catch(() => undefined);
      await expect
        .poll(() => log.cspViolations.filter((v) => v.directive === 'script-src-elem').length, { timeout: 5_000 })
        .toBeGreaterThan(0);
    } finally {
      await context.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('built HTML', () => {
  test('no inline event handlers, no javascript: URLs, no inline scripts; target=_blank links are noopener', async () => {
    const context = await deck.browser.newContext(DESKTOP);
    try {
      const page = await openDeck(context, deck.url);
      // The file as built (parsed, not the live DOM reveal has changed) and the live DOM.
      // index.html carries slide 1; the other slides as built are the chunk the deck inserted
      // (deck-slides.ts), read back from the module. A string: Vitest would rewrite an import() in a function.
      const rest = (await page.evaluate(`(async () => {
        const chunk = performance.getEntriesByType('resource').map((e) => e.name).find((n) => /deck-slides-[\\w-]{8}\\.js$/.test(n));
        const m = chunk ? await import(chunk) : { inFirst: '', after: '' };
        return { inFirst: m.inFirst, after: m.after };
      })()`)) as { inFirst: string; after: string };
      expect(rest.after.length, 'the chunk of the slides after slide 1').toBeGreaterThan(1000);
      const found = await page.evaluate(async (rest) => {
        const built = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        built.querySelector('.slides > section.deck-section')?.insertAdjacentHTML('beforeend', rest.inFirst);
        built.querySelector('.slides')?.insertAdjacentHTML('beforeend', rest.after);
        const issues: string[] = [];
        for (const [where, doc] of [
          ['built', built],
          ['live', document],
        ] as const) {
          for (const el of doc.querySelectorAll('*')) {
            for (const attr of el.attributes) {
              if (/^on/i.test(attr.name)) issues.push(`${where}: <${el.tagName.toLowerCase()} ${attr.name}>`);
              if (/^\s*javascript:/i.test(attr.value)) issues.push(`${where}: <${el.tagName.toLowerCase()} ${attr.name}="${attr.value}">`);
            }
          }
          for (const script of doc.querySelectorAll('script:not([src])')) {
            if (script.textContent?.trim()) issues.push(`${where}: inline <script>`);
          }
          for (const a of doc.querySelectorAll('a[target="_blank"]')) {
            const rel = (a.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
            if (!rel.includes('noopener')) issues.push(`${where}: ${a.outerHTML.slice(0, 120)} lacks rel=noopener`);
          }
        }
        return { issues, links: built.querySelectorAll('a[target="_blank"]').length, elements: built.querySelectorAll('*').length };
      }, rest);
      // Every slide's elements, not slide 1's alone (about 60).
      expect(found.elements).toBeGreaterThan(300);
      expect(found.issues).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
