import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';
import { shippedFaces, type ShippedFace } from '../support/drawn-glyphs.ts';

/**
 * The font subsets are cut at build time from the compiler's idea of which text is bold and which
 * is only in notes. This checks the result the only way that counts: every character Chromium
 * actually draws, at the weight it actually draws it, is in the font file shipped for that weight.
 */
interface DrawnText {
  weight: number;
  text: string;
  notes: boolean;
  code: boolean;
}

let browser: Browser;
let server: StaticServer;
let faces: ShippedFace[];

beforeAll(async () => {
  server = await serveStatic('dist');
  browser = await launchBrowser();
  faces = await shippedFaces('dist');
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function drawnText(query: string): Promise<DrawnText[]> {
  const page = await browser.newPage();
  await page.addInitScript(() => window.addEventListener('pdf-ready', () => (document.documentElement.dataset.pdfReady = 'true')));
  await page.goto(`${server.url}?print-pdf${query}`);
  await page.waitForFunction(
    () => document.documentElement.dataset.pdfReady === 'true' && document.documentElement.dataset.deckReady === 'true',
  );
  const out = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('.reveal .slides') ?? document.body, NodeFilter.SHOW_TEXT);
    const found: { weight: number; text: string; notes: boolean; code: boolean }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = n.textContent?.replace(/\s+/g, '') ?? '';
      // reveal marks other slides `hidden` even in print; only the other language's div really is.
      if (!el || !text || el.closest('.l10n[hidden]')) continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(el);
      found.push({
        weight: Number(style.fontWeight),
        text,
        notes: !!el.closest('.speaker-notes-pdf, .speaker-notes, aside.notes'),
        code: getComputedStyle(el).fontFamily.startsWith('"Deck Mono"'),
      });
    }
    return found;
  });
  await page.close();
  return out;
}

/** Every code point the faces of a role carry, all parts together. */
function union(role: string): Set<number> {
  return new Set(faces.filter((f) => f.role === role).flatMap((f) => [...f.cmap]));
}

function missing(texts: DrawnText[], cmap: (t: DrawnText) => Set<number>[]): string[] {
  const lost = new Set<string>();
  for (const t of texts) {
    for (const ch of t.text) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!cmap(t).some((m) => m.has(cp))) lost.add(`${ch} (weight ${t.weight}${t.notes ? ', notes' : ''})`);
    }
  }
  return [...lost];
}

describe('font subsets cover what Chromium draws', () => {
  test('the build ships regular and bold (each a first view, a reading view and a rest part), a notes and a code face', () => {
    expect(faces.map((f) => `${f.role}-${f.part}`).sort()).toEqual([
      'bold-first',
      'bold-reading',
      'bold-rest',
      'code-first',
      'notes-first',
      'regular-first',
      'regular-reading',
      'regular-rest',
    ]);
  });

  test('every character on every slide is in the face of its weight', async () => {
    const texts = await drawnText('');
    expect(texts.length).toBeGreaterThan(50);
    const face = (role: string): Set<number> => union(role);
    expect(texts.some((t) => t.weight >= 600)).toBe(true);
    expect(texts.some((t) => t.code)).toBe(true);
    // Code is drawn in the monospace face, falling back to the Japanese one for what it lacks.
    expect(missing(texts, (t) => (t.code ? [face('code'), face('regular')] : [face(t.weight >= 600 ? 'bold' : 'regular')]))).toEqual([]);
  });

  test('every character of the speaker notes is covered when notes are printed', async () => {
    const texts = (await drawnText('&showNotes=true')).filter((t) => t.notes);
    expect(texts.length).toBeGreaterThan(10);
    const face = (role: string): Set<number> => union(role);
    expect(
      missing(texts, (t) => (t.weight >= 600 ? [face('bold'), face('regular'), face('notes')] : [face('regular'), face('notes')])),
    ).toEqual([]);
  });

  test('slide 1 draws only glyphs of the preloaded first-view faces, in both languages', async () => {
    const first = (role: string): Set<number> => faces.find((f) => f.role === role && f.part === 'first')?.cmap ?? new Set();
    for (const query of ['?lang=ja', '?lang=en']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.goto(`${server.url}${query}`);
      await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
      const texts = await page.evaluate(() => {
        const found: { weight: number; text: string }[] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          const text = n.textContent?.replace(/\s+/g, '') ?? '';
          if (!el || !text || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
          if (el.closest('.slides section') && !el.closest('.slides section.present')) continue;
          found.push({ weight: Number(getComputedStyle(el).fontWeight), text });
        }
        return found;
      });
      await page.close();
      expect(texts.length, query).toBeGreaterThan(3);
      // A miss here: slide 1, or a control shown over it (add its UI string to FIRST_VIEW_UI in
      // src/runtime/ui-strings.ts), draws a character only the rest of the font has.
      expect(
        missing(
          texts.map((t) => ({ ...t, notes: false, code: false })),
          (t) => [first(t.weight >= 600 ? 'bold' : 'regular')],
        ),
        query,
      ).toEqual([]);
    }
  });
});
