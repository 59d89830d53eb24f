/**
 * The handout's page breaks where the real deck never goes (its longest notes fill a third of a
 * sheet): notes taller than a whole sheet go on over the next one, paragraph by paragraph, with no
 * sheet overflowing, and a single paragraph taller than a sheet is reported, not silently cut.
 * The real deck's handout is pdf.test.ts's job; this lays out the built deck's print view with
 * notes made long on purpose.
 */
import type { Page } from 'playwright-core';
import { expect, test } from 'vitest';
import { readDeckStructure } from '../../src/pdf/deck-structure.ts';
import { SHEET_SELECTOR, layOutHandout } from '../../src/pdf/handout.ts';
import { PROBE_SCRIPT, waitForPdfReady } from '../../src/pdf/page-probe.ts';
import { DESKTOP, useDeck } from '../support/browser.ts';

const deck = useDeck();

/** The print view with notes and the light scheme, as `npm run pdf -- --notes` opens it. */
async function printView(): Promise<Page> {
  const context = await deck.browser.newContext(DESKTOP);
  await context.addInitScript({ content: PROBE_SCRIPT });
  const page = await context.newPage();
  await page.goto(`${deck.url}?print-pdf&margin=0&showNotes=true&lang=ja&theme=light`);
  await waitForPdfReady(page);
  return page;
}

/** Replaces the Japanese notes of the slide `id` with the given paragraphs. */
function setNotes(page: Page, id: string, paragraphs: string[]): Promise<void> {
  return page.evaluate(
    ({ id, paragraphs }) => {
      const notes = document.getElementById(id)?.closest('.pdf-page')?.querySelector('.speaker-notes-pdf > .l10n[lang="ja"]');
      if (!notes) throw new Error(`slide ${id} has no notes box`);
      notes.replaceChildren(...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })));
    },
    { id, paragraphs },
  );
}

async function layOut(page: Page): Promise<Awaited<ReturnType<typeof layOutHandout>>> {
  const sections = await readDeckStructure(page, 'ja', '.reveal .slides .pdf-page');
  return layOutHandout(page, { paper: 'a4', lang: 'ja', footer: 'footer', slide: { width: 1280, height: 720 }, sections });
}

/** Sheets whose body holds more than it shows: something the printed page would cut off. */
const overflowing = (page: Page): Promise<number[]> =>
  page.$$eval(`${SHEET_SELECTOR} .handout-body`, (bodies) =>
    bodies.flatMap((b, i) => (b.scrollHeight > b.clientHeight + 1 ? [i + 1] : [])),
  );

test('notes three sheets long go on over the next sheets, in order, and no sheet overflows', async () => {
  const page = await printView();
  const paragraphs = Array.from({ length: 60 }, (_, i) => `段落${i + 1}：${'長いノートの本文です。'.repeat(8)}`);
  await setNotes(page, 'agenda', paragraphs);
  const result = await layOut(page);
  expect(result.continued).toBeGreaterThanOrEqual(2);
  expect(result.overfull).toEqual([]);
  expect(await overflowing(page)).toEqual([]);
  // Every paragraph printed once, in order, across consecutive sheets.
  const printed = await page.$$eval(`${SHEET_SELECTOR} .handout-notes p`, (ps) =>
    ps.map((p) => p.textContent ?? '').filter((t) => t.startsWith('段落')),
  );
  expect(printed).toEqual(paragraphs);
  // The sheets they filled (all but the last of them) are full: at least 90 % of the body.
  const sheetsWithThem = await page.$$eval(SHEET_SELECTOR, (sheets) =>
    sheets.flatMap((s, i) => ([...s.querySelectorAll('.handout-notes p')].some((p) => p.textContent?.startsWith('段落')) ? [i] : [])),
  );
  expect(sheetsWithThem.length).toBeGreaterThanOrEqual(3);
  for (const i of sheetsWithThem.slice(0, -1)) expect(result.filled[i]).toBeGreaterThan(0.9);
  await page.context().close();
});

test('one paragraph taller than a whole sheet is reported as overfull (a warning in npm run pdf), not dropped', async () => {
  const page = await printView();
  await setNotes(page, 'agenda', ['終わらない段落。'.repeat(2_500)]);
  const result = await layOut(page);
  expect(result.overfull).toEqual(['agenda']);
  // The other slides are laid out as usual after it.
  expect(result.entries).toBeGreaterThan(10);
  await page.context().close();
});
