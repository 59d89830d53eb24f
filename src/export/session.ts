import type { Browser, Page } from 'playwright-core';
import { findBrowser } from '../browser/find-browser.ts';
import { launchFound } from '../browser/launch.ts';
import { DECK_CONFIG } from '../deck-config.ts';
import type { Lang } from '../deck/types.ts';
import { exposeSlides } from '../pdf/accessibility.ts';
import { buildDeck, staleReason } from '../pdf/build.ts';
import { describeError } from '../pdf/errors.ts';
import { attachPageLog } from '../pdf/page-log.ts';
import { PROBE_SCRIPT, assertNoViolations } from '../pdf/page-probe.ts';
import { assertPrintStyles } from '../pdf/print-styles.ts';
import { printViewUrl } from '../pdf/print-url.ts';
import { openWhenReady } from '../pdf/readiness.ts';
import { serveStatic, type StaticServer } from '../server/static-server.ts';

export interface SessionOptions {
  browser?: string;
  lang: Lang;
  timeoutMs: number;
  light: boolean;
  /** Device pixels per CSS px of the screenshots (1 = 1280×720). */
  scale: number;
}

export interface SessionHooks {
  root: string;
  distDir: string;
  /** Build dist/ when it is missing or stale (default true). */
  build?: boolean;
  progress: (line: string) => void;
}

export interface PrintSession {
  page: Page;
  browserVersion: string;
  /** Stops the browser and the server; safe to call twice. */
  close(): Promise<void>;
}

/**
 * The PDF exporter's pipeline up to "ready to capture", for the picture formats: browser discovery,
 * a build when stale, dist/ on the loopback server, the print view (every slide on its own 1280×720
 * page, every fragment shown) and the same readiness and CSP checks. Whatever fails after the
 * browser or the server started closes both before the error goes on.
 */
export async function openPrintSession(options: SessionOptions, hooks: SessionHooks): Promise<PrintSession> {
  const found = findBrowser(options.browser);
  const stale = hooks.build === false ? undefined : staleReason(hooks.root);
  if (stale) {
    hooks.progress(`Building the deck (${stale})…`);
    await buildDeck(hooks.root);
  }
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  const close = async (): Promise<void> => {
    const [b, s] = [browser, server];
    browser = undefined;
    server = undefined;
    await b?.close().catch(() => undefined);
    await s?.close().catch(() => undefined);
  };
  try {
    server = await serveStatic(hooks.distDir);
    browser = await launchFound(found);
    hooks.progress(`Chromium ${browser.version()} (${found.source}: ${found.path}); serving dist/ at ${server.url}`);
    const context = await browser.newContext({
      viewport: { width: DECK_CONFIG.width, height: DECK_CONFIG.height },
      deviceScaleFactor: options.scale,
      locale: options.lang,
    });
    await context.addInitScript({ content: PROBE_SCRIPT });
    const page = await context.newPage();
    const log = attachPageLog(page);
    const url = printViewUrl(server.url, { fragments: false, notes: false, lang: options.lang, light: options.light });
    hooks.progress(`Opening the print view (${new URL(url).search})…`);
    try {
      await openWhenReady(page, url, options.timeoutMs, log, hooks.progress);
    } catch (error) {
      await assertNoViolations(page, describeError(error));
      throw error;
    }
    await assertNoViolations(page);
    await assertPrintStyles(page);
    await exposeSlides(page);
    return { page, browserVersion: browser.version(), close };
  } catch (error) {
    await close();
    throw error;
  }
}
