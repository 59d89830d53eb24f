/**
 * A presenter's run through the built deck: every slide and every fragment with the keyboard, then
 * all the way back. Along the way: nothing errs, nothing leaves the origin, nothing sticks out of
 * its slide, images and the Japanese web font arrive. Saves a PNG of every slide for people.
 */
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  DESKTOP,
  currentStep,
  foreignRequests,
  openDeck,
  outputDir,
  overflowOfCurrentSlide,
  press,
  problems,
  recordActivity,
  settle,
  shotName,
  slideIds,
  stepName,
  useDeck,
  type ActivityLog,
  type Step,
} from '../support/browser.ts';

const FONT_FAMILY = 'Deck Noto Sans JP';
/** Far more steps than any 30-minute deck has: stops a walk that never reaches the end. */
const MAX_STEPS = 2_000;

const deck = useDeck();
let context: BrowserContext;
let page: Page;
let log: ActivityLog;
let ids: string[];
/** Distinct fragment indices per slide, from the DOM: how many fragment steps each should take. */
let fragmentSteps: Map<string, number>;
const forward: Step[] = [];
const backward: Step[] = [];
const overflow = new Map<string, string[]>();

/** Checks the step that is on screen now and saves the slide once all its fragments show. */
async function inspect(step: Step, shots: string, saved: Set<string>): Promise<void> {
  await settle(page);
  const found = await overflowOfCurrentSlide(page);
  if (found.length) overflow.set(stepName(step), found);
  if (step.complete && !saved.has(step.id)) {
    saved.add(step.id);
    await page.screenshot({ path: join(shots, shotName(ids.indexOf(step.id), step.id)) });
  }
}

beforeAll(async () => {
  // Reduced motion: fragments appear at once instead of fading for 0.2 s at every step. The
  // reduced-motion test in a11y.test.ts checks that motion is there otherwise.
  context = await deck.browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
  log = await recordActivity(context);
  // Motion is irrelevant here; the reduced-motion test covers transitions.
  page = await openDeck(context, `${deck.url}?transition=none`);
  ids = await slideIds(page);
  fragmentSteps = new Map(
    await page.evaluate(() =>
      [...document.querySelectorAll('.slides > section.deck-section > section[id]')].map((s): [string, number] => [
        s.id,
        new Set([...s.querySelectorAll('.fragment')].map((f) => f.getAttribute('data-fragment-index'))).size,
      ]),
    ),
  );
  const shots = outputDir('slides');
  const saved = new Set<string>();

  let step = await currentStep(page);
  forward.push(step);
  await inspect(step, shots, saved);
  // Alternate the two "next" keys a presenter (or a clicker, which sends them) uses.
  for (let i = 0; !step.last; i++) {
    if (forward.length > MAX_STEPS) throw new Error(`No end after ${MAX_STEPS} steps; stuck at ${stepName(step)}`);
    step = await press(page, i % 2 === 0 ? 'ArrowRight' : 'Space', step);
    forward.push(step);
    await inspect(step, shots, saved);
  }

  backward.push(step);
  while (backward.length < forward.length) {
    step = await press(page, 'ArrowLeft', step);
    backward.push(step);
  }
});

afterAll(async () => {
  await context?.close();
});

describe('keyboard walk through the built deck', () => {
  test('the deck has slides, read from the DOM', () => {
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size, 'slide ids are unique').toBe(ids.length);
  });

  test('→ and Space visit every slide in DOM order, fragments included, ending on the last slide', () => {
    expect(forward[0]?.id, 'opens on the first slide').toBe(ids[0]);
    const visited = forward.map((s) => s.id).filter((id, i, all) => all[i - 1] !== id);
    expect(visited).toEqual(ids);
    expect(forward.at(-1)?.id).toBe(ids.at(-1));
    // Each fragment step is its own stop: a slide with n fragment indices takes n + 1 steps.
    const steps = new Map<string, number>();
    for (const s of forward) steps.set(s.id, (steps.get(s.id) ?? 0) + 1);
    expect(Object.fromEntries(steps)).toEqual(Object.fromEntries(ids.map((id) => [id, (fragmentSteps.get(id) ?? 0) + 1])));
  });

  test('← walks exactly the same steps back to the first slide', () => {
    expect(backward.map(stepName)).toEqual([...forward].reverse().map(stepName));
    expect(backward.at(-1)?.id).toBe(ids[0]);
  });

  test('every step fits inside its slide (no overflow, no sideways-scrolling code)', () => {
    const report = [...overflow].map(([step, found]) => `${step}:\n  ${found.join('\n  ')}`).join('\n');
    expect(report, report).toBe('');
  });

  test('the slide number and the arrows do not cover each other', async () => {
    // On a middle slide both arrows show.
    await page.evaluate((n) => window.deck?.slide(n, 0), 1);
    const overlaps = await page.evaluate(() => {
      const number = document.querySelector('.reveal .slide-number')?.getBoundingClientRect();
      if (!number || number.width === 0) return ['no slide number shown'];
      return [...document.querySelectorAll('.reveal .controls button.enabled')]
        .map((b) => ({ name: b.className, r: b.getBoundingClientRect() }))
        .filter(({ r }) => r.width > 0 && r.left < number.right && number.left < r.right && r.top < number.bottom && number.top < r.bottom)
        .map(({ name }) => `slide number under ${name}`);
    });
    expect(overlaps).toEqual([]);
  });

  test('no page errors, console errors or warnings, or failed requests', () => {
    expect(problems(log)).toEqual([]);
  });

  test('every request stays on the deck’s origin', () => {
    expect(log.requests.length).toBeGreaterThan(0);
    expect(foreignRequests(log, deck.url)).toEqual([]);
    const failed = log.responses.filter((r) => r.status >= 400).map((r) => `${r.status} ${r.url}`);
    expect(failed).toEqual([]);
  });

  test('every image has loaded', async () => {
    const broken = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLImageElement>('.slides img')]
        .filter((img) => !img.complete || img.naturalWidth === 0)
        .map(
          (img) =>
            `${img.closest('section[id]')?.id ?? '?'}: ${img.currentSrc || img.getAttribute('src') || img.dataset.src || '(no src)'}`,
        ),
    );
    expect(broken).toEqual([]);
  });

  test('the Japanese web font is fetched from the origin and renders the slides', async () => {
    const fonts = await page.evaluate(async (family) => {
      await document.fonts.ready;
      const faces = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === family);
      return {
        check: document.fonts.check(`1em "${family}"`, 'あ'),
        faces: faces.map((f) => ({ weight: f.weight, status: f.status })),
      };
    }, FONT_FAMILY);
    expect(fonts.check).toBe(true);
    // document.fonts.check is also true for a family nobody declared: the faces must exist and load.
    expect(fonts.faces.filter((f) => f.status === 'error')).toEqual([]);
    const loaded = new Set(fonts.faces.filter((f) => f.status === 'loaded').map((f) => f.weight));
    expect([...loaded].sort()).toEqual(expect.arrayContaining(['400', '700']));

    const woff2 = log.responses.filter((r) => /\.woff2($|\?)/.test(r.url));
    expect(woff2.length).toBeGreaterThan(0);
    for (const r of woff2) {
      expect(r.url.startsWith(deck.url), r.url).toBe(true);
      expect(r.status, r.url).toBe(200);
    }

    // What Chromium actually drew the text with, not only what CSS asked for.
    await page.evaluate(() => window.deck?.slide(0, 0));
    const cdp = await context.newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    for (const selector of ['.slides section.present .l10n:not([hidden]) :is(h1, h2)', '.slides section.present .l10n:not([hidden]) p']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, selector).toBeGreaterThan(0);
      const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const glyphs = used.reduce((n, f) => n + f.glyphCount, 0);
      const custom = used.filter((f) => f.isCustomFont && /Noto Sans JP/i.test(f.familyName)).reduce((n, f) => n + f.glyphCount, 0);
      expect(custom / glyphs, `${selector} drawn with ${JSON.stringify(used)}`).toBeGreaterThan(0.9);
    }
    await cdp.detach();
  });
});
