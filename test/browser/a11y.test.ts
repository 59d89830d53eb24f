/**
 * Accessibility of the built deck: axe-core finds no WCAG 2.2 A/AA violation on any slide at any
 * fragment step, in both languages and both colour schemes (dark, and ?theme=light), and the OS's "reduce motion" setting turns the deck's motion off (at load and
 * while the deck is open).
 */
import { createRequire } from 'node:module';
import type AxeApi from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DESKTOP, currentStep, openDeck, press, settle, stepName, useDeck, type Step } from '../support/browser.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const MAX_STEPS = 2_000;

declare global {
  interface Window {
    axe?: typeof AxeApi;
  }
}

interface Violation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

const deck = useDeck();

/** axe on the current slide plus the page around it (controls, progress, language switch). */
function axeCurrentStep(page: Page): Promise<Violation[]> {
  return page.evaluate(async (tags) => {
    const axe = window.axe;
    const current = window.deck?.getCurrentSlide();
    if (!axe || !current) throw new Error('axe or the deck is missing');
    // Other slides are hidden from everyone but still in the DOM: judge each when it is shown.
    const others = [...document.querySelectorAll('.slides section[id]')].filter((s) => s !== current);
    const results = await axe.run(
      { include: [document.documentElement], exclude: others },
      { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] },
    );
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}\n      ${n.html.slice(0, 160)}`),
    }));
  }, AXE_TAGS);
}

function transitionDurations(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => getComputedStyle(el).transitionDuration), selector);
}

const isZero = (duration: string): boolean => duration.split(',').every((d) => parseFloat(d) === 0);

describe('axe-core, every slide and fragment step', () => {
  let context: BrowserContext;
  beforeAll(async () => {
    // The deck's CSP (rightly) blocks axe's injected script; security.test.ts checks the CSP itself.
    // Reduced motion: fragments appear at once instead of fading for 0.2 s at each of ~70 steps;
    // axe judges the final state either way.
    context = await deck.browser.newContext({ ...DESKTOP, bypassCSP: true, reducedMotion: 'reduce' });
  });
  afterAll(async () => {
    await context?.close();
  });

  // Both languages: lang attributes, contrast and names must hold in each; both schemes: every
  // colour pair is judged on the background it is really drawn on.
  test.each([
    ['ja', 'dark'],
    ['en', 'dark'],
    ['ja', 'light'],
    ['en', 'light'],
  ])(`%s, %s scheme: no violations of ${AXE_TAGS.join(', ')}`, async (lang, theme) => {
    const page = await openDeck(context, `${deck.url}?transition=none&lang=${lang}&theme=${theme}`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    // The scheme really changed the colours (a light run that still drew dark would prove nothing).
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(15, 27, 45)');
    await page.addScriptTag({ path: AXE_SCRIPT });
    const found = new Map<string, Violation[]>();
    let step: Step = await currentStep(page);
    let steps = 0;
    for (;;) {
      await settle(page);
      const violations = await axeCurrentStep(page);
      if (violations.length) found.set(stepName(step), violations);
      steps++;
      if (step.last) break;
      if (steps > MAX_STEPS) throw new Error(`No end after ${MAX_STEPS} steps`);
      step = await press(page, 'ArrowRight', step);
    }
    expect(steps).toBeGreaterThan(1);
    const report = [...found]
      .map(([s, vs]) => `${s}:\n${vs.map((v) => `  ${v.rule} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`).join('\n')}`)
      .join('\n');
    expect(report, `axe violations:\n${report}`).toBe('');
    await page.close();
  });
});

describe('reduced motion', () => {
  /** A slide with fragments, so there are fragments to measure; falls back to the first slide. */
  async function openWithFragments(context: BrowserContext): Promise<Page> {
    const page = await openDeck(context, deck.url);
    const id = await page.evaluate(() => document.querySelector('.slides section[id] .fragment')?.closest('section[id]')?.id ?? '');
    if (id) {
      await page.evaluate((slideId) => {
        location.hash = `#/${slideId}`;
      }, id);
      await page.waitForFunction((slideId) => window.deck?.getCurrentSlide()?.id === slideId, id);
    }
    return page;
  }

  test('prefers-reduced-motion: reduce turns transitions off', async () => {
    const context = await deck.browser.newContext({ ...DESKTOP, reducedMotion: 'reduce' });
    try {
      const page = await openWithFragments(context);
      const config = await page.evaluate(() => {
        const c = window.deck?.getConfig();
        return { transition: c?.transition, backgroundTransition: c?.backgroundTransition, autoAnimate: c?.autoAnimate };
      });
      expect(config).toEqual({ transition: 'none', backgroundTransition: 'none', autoAnimate: false });
      const sections = await transitionDurations(page, '.slides section[id].present, .slides section.deck-section.present');
      const fragments = await transitionDurations(page, '.slides section[id].present .fragment');
      expect(sections.length).toBeGreaterThan(0);
      expect([...sections, ...fragments].filter((d) => !isZero(d))).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('without the setting the deck moves (so the test above measures something)', async () => {
    const context = await deck.browser.newContext({ ...DESKTOP, reducedMotion: 'no-preference' });
    try {
      const page = await openWithFragments(context);
      expect(await page.evaluate(() => window.deck?.getConfig().transition)).not.toBe('none');
      const sections = await transitionDurations(page, '.slides section[id].present');
      expect(sections.length).toBeGreaterThan(0);
      expect(sections.every((d) => !isZero(d))).toBe(true);
      const fragments = await transitionDurations(page, '.slides section[id].present .fragment');
      expect(fragments.every((d) => !isZero(d))).toBe(true);

      // Turning the setting on while the deck is open stops the motion too.
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.waitForFunction(() => window.deck?.getConfig().transition === 'none');
      expect((await transitionDurations(page, '.slides section[id].present')).filter((d) => !isZero(d))).toEqual([]);
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      await page.waitForFunction(() => window.deck?.getConfig().transition !== 'none');
    } finally {
      await context.close();
    }
  });
});
