/**
 * Shared helpers for the real-browser tests: one static server on dist/ and one Chromium per test
 * file, a recorder for everything a page says or fetches, and the moves of a presenter (walk the
 * deck step by step, wait until a step is drawn, check that the slide's content fits).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { loadDeck } from '../../src/deck/load.ts';
import { serveStatic, type StaticServer } from '../../src/server/static-server.ts';

export const DIST = resolve('dist');
export const OUTPUT = resolve('test-output');

/** The logical slide size the deck is designed for (DECK_CONFIG), as a desktop viewport. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 720 } };

export interface DeckHarness {
  /** The server's base URL, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

export interface HarnessOptions {
  /** Serve another directory (a tampered copy of dist/, for tests of the tests). */
  dir?: string;
}

/**
 * Starts the server and the browser before the file's tests and stops both after them. The
 * returned object throws if used outside a test, so a forgotten await shows up as an error.
 */
export function useDeck(options: HarnessOptions = {}): DeckHarness {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(options.dir ?? DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('useDeck(): the server is not running (use it inside a test).');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('useDeck(): the browser is not running (use it inside a test).');
      return browser;
    },
  };
}

/** A Content-Security-Policy violation as the page's `securitypolicyviolation` event saw it. */
export interface CspViolation {
  page: string;
  directive: string;
  blockedURI: string;
  sample: string;
}

export interface ConsoleEntry {
  type: string;
  text: string;
  page: string;
}

/** Everything the pages of one context said, threw and fetched. */
export interface ActivityLog {
  console: ConsoleEntry[];
  pageErrors: string[];
  /** Every request URL, in order, from every page, popup and frame. */
  requests: string[];
  responses: { url: string; status: number }[];
  failedRequests: string[];
  cspViolations: CspViolation[];
}

declare global {
  interface Window {
    /** Set by the recorder's init script: reports a CSP violation to the test. */
    __deckReportCsp?: (violation: Omit<CspViolation, 'page'>) => Promise<void>;
  }
}

/**
 * Records console messages, uncaught errors, requests and CSP violations of every page of the
 * context, popups (the speaker view) and frames (its previews) included. Call it before opening
 * pages: the init script must be in place before the first document runs.
 */
export async function recordActivity(context: BrowserContext): Promise<ActivityLog> {
  const log: ActivityLog = { console: [], pageErrors: [], requests: [], responses: [], failedRequests: [], cspViolations: [] };
  context.on('console', (m) => log.console.push({ type: m.type(), text: m.text(), page: m.page()?.url() ?? '' }));
  context.on('weberror', (e) => log.pageErrors.push(`${e.page()?.url() ?? ''}: ${e.error().stack ?? e.error().message}`));
  context.on('request', (r) => log.requests.push(r.url()));
  context.on('response', (r) => log.responses.push({ url: r.url(), status: r.status() }));
  context.on('requestfailed', (r) => log.failedRequests.push(`${r.url()}: ${r.failure()?.errorText ?? ''}`));
  await context.exposeBinding('__deckReportCsp', (source, v: Omit<CspViolation, 'page'>) => {
    log.cspViolations.push({ ...v, page: source.frame.url() });
  });
  // Capture phase on window: sees violations of elements anywhere in the document, in every page
  // and frame (the speaker view and its previews are ordinary pages of the deck).
  await context.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (e) => {
        void window.__deckReportCsp?.({ directive: e.effectiveDirective, blockedURI: e.blockedURI, sample: e.sample });
      },
      true,
    );
  });
  return log;
}

/** Console errors and warnings, one per line, for an assertion message. */
export function problems(log: ActivityLog): string[] {
  return [
    ...log.pageErrors.map((e) => `page error: ${e}`),
    ...log.console.filter((m) => m.type === 'error' || m.type === 'warning').map((m) => `console ${m.type}: ${m.text} (${m.page})`),
    ...log.failedRequests.map((r) => `request failed: ${r}`),
  ];
}

/** Requests that went anywhere but the deck's own origin (data: and blob: stay in the page). */
export function foreignRequests(log: ActivityLog, base: string): string[] {
  return log.requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Opens the deck and waits until reveal is laid out and the first slide's fonts are in. */
export async function openDeck(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await gotoDeck(page, url);
  return page;
}

export async function gotoDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForDeck(page);
}

export async function waitForDeck(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
}

const SLIDES = '.slides > section.deck-section > section[id]';

/**
 * The slide ids in deck order, read from the DOM (never hard-coded: the slides change). Throws on
 * an empty deck, so no test passes by checking nothing.
 */
export async function slideIds(page: Page): Promise<string[]> {
  const ids = await page.evaluate((selector) => [...document.querySelectorAll(selector)].map((s) => s.id), SLIDES);
  if (ids.length < 2) throw new Error(`Found ${ids.length} slides (${SLIDES}) in ${page.url()}`);
  return ids;
}

/**
 * The slide ids in deck order, as the build compiles them from slides/. Not read from the page:
 * reveal's scroll view (phones) moves the slides out of their sections into scroll pages, the
 * reading view replaces them, and the built index.html carries slide 1 only (src/runtime/deck-slides.ts).
 */
let compiled: string[] | undefined;
export function deckSlideIds(): string[] {
  compiled ??= loadDeck(process.cwd()).deck.sections.flatMap((s) => s.slides.map((slide) => slide.id));
  if (compiled.length < 2) throw new Error(`Found ${compiled.length} slides in slides/`);
  return compiled;
}

/** Where the presenter is: slide id, reveal's indices and the fragment index (-1 = none shown). */
export interface Step {
  id: string;
  h: number;
  v: number;
  f: number;
  /** The last fragment of this slide is shown (or it has none). */
  complete: boolean;
  last: boolean;
}

export function currentStep(page: Page): Promise<Step> {
  return page.evaluate(() => {
    const deck = window.deck;
    if (!deck) throw new Error('window.deck is missing');
    const { h, v, f } = deck.getIndices();
    const fragments = deck.availableFragments();
    return {
      id: deck.getCurrentSlide()?.id ?? '',
      h,
      v: v ?? 0,
      f: f ?? -1,
      complete: !fragments.next,
      last: deck.isLastSlide() && !fragments.next,
    };
  });
}

export function stepName(s: Step): string {
  return s.f >= 0 ? `${s.id}/${s.f}` : s.id;
}

/** Presses a key and waits until the deck moved away from `from`. */
export async function press(page: Page, key: string, from: Step): Promise<Step> {
  await page.keyboard.press(key);
  await page.waitForFunction(
    ({ h, v, f }) => {
      const i = window.deck?.getIndices();
      return !!i && (i.h !== h || (i.v ?? 0) !== v || (i.f ?? -1) !== f);
    },
    { h: from.h, v: from.v, f: from.f },
    { timeout: 5_000 },
  );
  return currentStep(page);
}

/**
 * Waits until the slides stopped moving: no CSS transition or animation inside `.slides` still
 * runs (fragments fade in over 0.2 s even with `?transition=none`). Reveal's controls hint
 * animation outside the slides runs for long and is ignored.
 */
export async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => {
      const target = a.effect instanceof KeyframeEffect ? a.effect.target : null;
      return !target?.closest('.slides') || a.playState === 'finished' || a.playState === 'idle';
    }),
  );
}

/**
 * What sticks out of the current slide: elements and text whose box leaves the slide's box (1 px
 * allowed), a slide that scrolls, and code blocks that need horizontal scrolling.
 */
export function overflowOfCurrentSlide(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const slide = window.deck?.getCurrentSlide();
    if (!slide) return ['no current slide'];
    const found: string[] = [];
    const box = slide.getBoundingClientRect();
    const describe = (n: Node): string => {
      const el = n instanceof Element ? n : n.parentElement;
      const name = el
        ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`
        : '?';
      return `${name} "${(n.textContent ?? '').trim().slice(0, 40)}"`;
    };
    const outside = (r: DOMRect): string | null => {
      if (r.width === 0 && r.height === 0) return null;
      const sides = [
        r.left < box.left - 1 ? `left by ${(box.left - r.left).toFixed(1)}px` : '',
        r.top < box.top - 1 ? `top by ${(box.top - r.top).toFixed(1)}px` : '',
        r.right > box.right + 1 ? `right by ${(r.right - box.right).toFixed(1)}px` : '',
        r.bottom > box.bottom + 1 ? `bottom by ${(r.bottom - box.bottom).toFixed(1)}px` : '',
      ].filter(Boolean);
      return sides.length ? sides.join(', ') : null;
    };
    if (slide.scrollWidth > slide.clientWidth || slide.scrollHeight > slide.clientHeight) {
      found.push(`slide scrolls: ${slide.scrollWidth}×${slide.scrollHeight} in ${slide.clientWidth}×${slide.clientHeight}`);
    }
    for (const el of slide.querySelectorAll('*')) {
      if (el.closest('aside.notes')) continue;
      const side = outside(el.getBoundingClientRect());
      if (side) found.push(`${describe(el)} sticks out ${side}`);
    }
    // Text can overflow the element that holds it (a long word), so measure the text itself.
    const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.textContent?.trim() || n.parentElement?.closest('aside.notes')) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const side = outside(range.getBoundingClientRect());
      if (side) found.push(`text ${describe(n)} sticks out ${side}`);
    }
    // An <svg> clips what lies outside its viewport: a chart label cut off stays inside the slide.
    for (const svg of slide.querySelectorAll('svg')) {
      const frame = svg.getBoundingClientRect();
      for (const el of svg.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.left < frame.left - 1 || r.top < frame.top - 1 || r.right > frame.right + 1 || r.bottom > frame.bottom + 1) {
          found.push(`${describe(el)} is clipped by its <svg>`);
        }
      }
    }
    for (const pre of slide.querySelectorAll('pre')) {
      if (pre.scrollWidth > pre.clientWidth) found.push(`${describe(pre)} scrolls sideways: ${pre.scrollWidth} > ${pre.clientWidth}`);
    }
    return found;
  });
}

/** Empties and creates an output folder for screenshots people look at. */
export function outputDir(name: string): string {
  const dir = resolve(OUTPUT, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** `03-some-id.png`: the slide's 1-based position in the deck, then its id. */
export function shotName(index: number, id: string): string {
  return `${String(index + 1).padStart(2, '0')}-${id}.png`;
}
