import type { Page } from 'playwright-core';
import { PdfError } from './errors.ts';

/**
 * Checks that src/styles/print.css made it into the build (it sets `--deck-print-css` in the print
 * view). Without it reveal's print CSS clips the slides and the handout is unreadable, so the
 * export stops rather than write a PDF that looks finished but is not.
 */
export async function assertPrintStyles(page: Page): Promise<void> {
  const marker = await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deck-print-css').trim());
  if (marker === '1') return;
  throw new PdfError(
    'BUILD_FAILED',
    [
      'The built deck has no print styles: src/styles/print.css is not imported.',
      "Add `import './styles/print.css';` to src/main.ts (after the other style imports) and run again.",
    ].join('\n'),
  );
}
