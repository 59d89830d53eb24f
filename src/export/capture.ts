import type { Page } from 'playwright-core';
import { DECK_CONFIG } from '../deck-config.ts';

/**
 * A picture of every printed page, in order, as PNG bytes. The print view stacks the slides one
 * below the other at 1280×720 CSS px; each is scrolled to the top of the viewport and captured at
 * the context's device scale, so `--scale 2` gives 2560×1440 with text drawn at that resolution.
 */
export async function capturePages(page: Page, onPage: (index: number, total: number) => void = () => undefined): Promise<Buffer[]> {
  const tops = await page.evaluate(() =>
    [...document.querySelectorAll('.reveal .slides .pdf-page')].map((p) => p.getBoundingClientRect().top + window.scrollY),
  );
  const shots: Buffer[] = [];
  for (const [i, top] of tops.entries()) {
    await page.evaluate((y) => window.scrollTo(0, y), top);
    const scrolled = await page.evaluate(() => window.scrollY);
    shots.push(
      await page.screenshot({
        type: 'png',
        animations: 'disabled',
        caret: 'hide',
        clip: { x: 0, y: top - scrolled, width: DECK_CONFIG.width, height: DECK_CONFIG.height },
      }),
    );
    onPage(i + 1, tops.length);
  }
  return shots;
}
