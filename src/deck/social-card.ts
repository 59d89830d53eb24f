import { launchBrowser } from '../browser/launch.ts';
import { serveStatic } from '../server/static-server.ts';

/**
 * Photographs the built deck's title slide at 1200×630 (the Open Graph size) into a PNG: the
 * social card is the real first slide, in the real font, not a second design to keep in sync.
 */
export async function renderSocialCard(distDir: string, outFile: string): Promise<void> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, deviceScaleFactor: 1 });
    await page.goto(`${server.url}?lang=ja&controls=false&progress=false&slideNumber=false&transition=none#/title`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 30_000 });
    await page.addStyleTag({ content: '.lang-switch,.reading-link{display:none!important}' });
    await page.screenshot({ path: outFile, type: 'png' });
  } finally {
    await browser.close();
    await server.close();
  }
}
