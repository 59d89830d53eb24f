import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { findBrowser } from '../browser/find-browser.ts';
import { launchFound } from '../browser/launch.ts';
import { DECK_CONFIG } from '../deck-config.ts';
import { serveStatic, type StaticServer } from '../server/static-server.ts';
import type { PdfOptions } from './args.ts';
import { buildDeck, staleReason } from './build.ts';
import { PdfError, browserCrashed, describeError } from './errors.ts';
import { SHEET_SELECTOR, layOutHandout, type HandoutLayout } from './handout.ts';
import { DEFAULT_PAPER, PAPERS } from './paper.ts';
import { findClippedContent, type LayoutProblem } from './layout-check.ts';
import { assertWritable, writeAtomically } from './output.ts';
import { attachPageLog } from './page-log.ts';
import { PROBE_SCRIPT, assertNoViolations } from './page-probe.ts';
import { printViewUrl } from './print-url.ts';
import { assertPrintStyles } from './print-styles.ts';
import { exposeSlides } from './accessibility.ts';
import { makeSlideLinksInternal, readDeckStructure } from './deck-structure.ts';
import { outlineOf } from './outline.ts';
import { openWhenReady } from './readiness.ts';

/** reveal's printed pages: one per slide (per fragment step with --fragments). */
const PDF_PAGES = '.reveal .slides .pdf-page';

/** The project root: two levels above this file, wherever the command was started from. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ExportResult {
  out: string;
  pages: number;
  /** Pages reveal laid out; equal to `pages` unless Chromium split or merged some. */
  layoutPages: number;
  bytes: number;
  seconds: number;
  pageSize: { width: number; height: number };
  problems: LayoutProblem[];
  handout?: HandoutLayout;
}

export interface ExportHooks {
  root?: string;
  /** The built deck to print; default `<root>/dist`. Tests print a private copy of it. */
  distDir?: string;
  /** Build `<root>/dist` when it is missing or stale (default true); false prints `distDir` as it is. */
  build?: boolean;
  /** When the user started waiting (epoch ms), for the summary's seconds; default: now. */
  startedAt?: number;
  /** Progress lines; default: none. The CLI prints them. */
  progress?: (line: string) => void;
}

/**
 * The whole export: check the output, find a browser, build if stale, serve dist/, open the print
 * view, wait until it is really ready, print, set the metadata, write atomically. Cheap checks
 * run first so a typo in --out or a missing browser fails in milliseconds, not after a build.
 */
export async function exportPdf(options: PdfOptions, hooks: ExportHooks = {}): Promise<ExportResult> {
  const started = hooks.startedAt ?? Date.now();
  const root = hooks.root ?? PROJECT_ROOT;
  const progress = hooks.progress ?? ((): void => undefined);
  await assertWritable(options.out);
  // pdf-lib (for the metadata and bookmarks) loads while the browser works, not before it starts.
  const metadata = import('./metadata.ts');
  const found = findBrowser(options.browser);
  // The browser starts while dist/ is checked and served: its launch is ~0.5 s of every export.
  const launching = launchFound(found);
  launching.catch(() => undefined); // awaited below; a failure is reported there
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  // Everything after the launch starts is inside the try: whatever fails, the browser and the
  // server are closed, or the process never exits.
  try {
    const stale = hooks.build === false ? undefined : staleReason(root);
    if (stale) {
      // A browser that cannot start fails the export before a build, not after it.
      browser = await launching;
      progress(`Building the deck (${stale})…`);
      await buildDeck(root);
    }
    server = await serveStatic(hooks.distDir ?? join(root, 'dist'));
    progress(`Serving dist/ at ${server.url}; starting the browser (${found.source}: ${found.path})…`);
    browser ??= await launching;
    progress(`Chromium ${browser.version()}`);
    const slide = { width: DECK_CONFIG.width, height: DECK_CONFIG.height };
    const context = await browser.newContext({ viewport: slide, locale: options.lang });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const log = attachPageLog(page);
    const url = printViewUrl(server.url, options);
    progress(`Opening the print view (${new URL(url).search})…`);
    try {
      await openWhenReady(page, url, options.timeoutMs, log, progress);
    } catch (error) {
      await assertNoViolations(page, describeError(error));
      throw error;
    }
    await assertNoViolations(page);
    await assertPrintStyles(page);
    await exposeSlides(page);
    const links = await makeSlideLinksInternal(page);
    // Measured on the slides as printed, before a handout scales them into its sheets.
    const problems = await findClippedContent(page);
    for (const p of problems) progress(`  warning: slide "${p.slide}": ${p.problem}`);
    const handout = options.notes
      ? await layOutHandout(page, {
          paper: options.paper ?? DEFAULT_PAPER,
          lang: options.lang,
          footer: DECK_CONFIG.title[options.lang],
          slide,
          sections: await readDeckStructure(page, options.lang, PDF_PAGES),
        })
      : undefined;
    if (handout) {
      progress(
        `  handout: ${handout.entries} slide(s) on ${handout.sheets} ${PAPERS[handout.paper].label} sheet(s)${handout.continued ? `, ${handout.continued} with notes going on over the next sheet` : ''}`,
      );
      for (const id of handout.overfull) {
        const problem = 'its notes do not fit on a whole sheet: a paragraph is cut off at the bottom of the page';
        problems.push({ slide: id, problem });
        progress(`  warning: slide "${id}": ${problem}`);
      }
    }
    // Two frames: the handout's page size and any late layout have been applied before printing.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const pageSelector = handout ? SHEET_SELECTOR : PDF_PAGES;
    const layoutPages = await page.evaluate((selector) => document.querySelectorAll(selector).length, pageSelector);
    const sections = await readDeckStructure(page, options.lang, pageSelector);
    progress(`  ${links} internal link(s), ${sections.length} section(s) in the bookmarks`);
    progress(`Printing ${layoutPages} page(s)…`);
    const outline = outlineOf(sections);
    // Chromium's own bookmarks are flat and applyMetadata replaces them: asked for only when there is no tree.
    const printed = await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: outline.length === 0, tagged: true });
    await assertNoViolations(page);
    const { applyMetadata, deckMetadata } = await metadata;
    const { bytes, pages } = await applyMetadata(printed, deckMetadata(options.lang, browser.version()), outline);
    if (pages !== layoutPages) progress(`  warning: reveal laid out ${layoutPages} page(s) but the PDF has ${pages}.`);
    await writeAtomically(options.out, bytes);
    const pageSize = handout ? { width: Math.round(handout.pageWidth), height: Math.round(handout.pageHeight) } : slide;
    return {
      out: options.out,
      pages,
      layoutPages,
      bytes: bytes.byteLength,
      seconds: (Date.now() - started) / 1000,
      pageSize,
      problems,
      ...(handout ? { handout } : {}),
    };
  } catch (error) {
    if (browser && !(error instanceof PdfError) && (!browser.isConnected() || isTargetClosed(error))) throw browserCrashed(error);
    throw error;
  } finally {
    // `browser` is only ever what `launching` resolves to; a launch that failed has nothing to close.
    await (await launching.catch(() => undefined))?.close();
    await server?.close();
  }
}

/** Playwright's "Target page, context or browser has been closed" (its class is not exported). */
function isTargetClosed(error: unknown): boolean {
  return error instanceof Error && error.name === 'TargetClosedError';
}

/** `deck.pdf: 38 pages (1280×720 px), 245 KB, 2.9 s` — relative to the cwd when that is shorter. */
export function summarize(r: ExportResult, cwd = process.cwd()): string {
  const rel = relative(cwd, r.out);
  const shown = rel && !rel.startsWith('..') ? rel : r.out;
  const kb = Math.round(r.bytes / 1024);
  const size = r.handout
    ? `${PAPERS[r.handout.paper].label} portrait, ${r.handout.entries} slide(s) with notes`
    : `${r.pageSize.width}×${r.pageSize.height} px`;
  return `Wrote ${shown}: ${r.pages} page(s) (${size}), ${kb} KB, ${r.seconds.toFixed(1)} s`;
}
