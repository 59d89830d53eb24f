/**
 * A fragment step is one press in either language. Every slide carries both languages and reveal
 * counts the hidden one's fragments too, so without src/runtime/fragment-steps.ts a slide with four
 * bullets took eight presses, four of them showing nothing (and the speaker view's "next step"
 * would have pointed at an invisible one).
 */
import { expect, test } from 'vitest';
import { DESKTOP, currentStep, openDeck, press, useDeck } from '../support/browser.ts';

const deck = useDeck();

test('on every slide both languages have the same steps, and each press shows something', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const page = await openDeck(context, `${deck.url}?lang=en&transition=none#/title`);
  const slides = await page.evaluate(() =>
    (window.deck?.getSlides() ?? []).map((s) => {
      const steps = (lang: string): number[] =>
        [
          ...new Set(
            [...s.querySelectorAll<HTMLElement>(`:scope > .l10n[lang="${lang}"] .fragment`)].map((f) => Number(f.dataset.fragmentIndex)),
          ),
        ].sort((a, b) => a - b);
      return { id: s.id, ja: steps('ja'), en: steps('en') };
    }),
  );
  expect(slides.filter((s) => s.ja.length > 0).length, 'slides with fragments').toBeGreaterThan(3);
  expect(slides.filter((s) => s.ja.join() !== s.en.join()).map((s) => `${s.id}: ja ${s.ja.join()} / en ${s.en.join()}`)).toEqual([]);

  // Walk a slide with fragments in English: as many presses as visible bullets, then the next slide.
  const target = slides.find((s) => s.en.length >= 3);
  if (!target) throw new Error('no slide with three fragments');
  await page.evaluate((id) => {
    const slide = document.getElementById(id);
    const i = slide ? window.deck?.getIndices(slide) : undefined;
    if (i) window.deck?.slide(i.h, i.v ?? 0, -1);
  }, target.id);
  let step = await currentStep(page);
  const visible = (): Promise<number> =>
    page.evaluate(() => window.deck?.getCurrentSlide()?.querySelectorAll('.l10n:not([hidden]) .fragment.visible').length ?? 0);
  for (let n = 1; n <= target.en.length; n++) {
    step = await press(page, 'ArrowRight', step);
    expect(step.id).toBe(target.id);
    expect(await visible()).toBeGreaterThanOrEqual(n);
  }
  step = await press(page, 'ArrowRight', step);
  expect(step.id).not.toBe(target.id);
  await context.close();
});
