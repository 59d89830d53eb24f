/**
 * `npm run shots [-- --only <id-part>] [--lang en] [--width 1280 --height 720]`: builds nothing;
 * opens the built deck (dist/) and saves a PNG of every slide, with all fragments shown, into
 * test-output/shots/. For people to look at what they changed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../browser/launch.ts';
import { serveStatic } from '../server/static-server.ts';

const { values } = parseArgs({
  options: {
    only: { type: 'string' },
    lang: { type: 'string' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '720' },
    out: { type: 'string', default: 'test-output/shots' },
  },
});

const out = resolve(values.out);
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: Number(values.height) } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') console.error(`console ${m.type()}: ${m.text()}`);
  });
  const query = values.lang ? `?lang=${values.lang}` : '';
  await page.goto(`${server.url}${query}`);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  await page.evaluate(() => document.fonts.ready);
  const ids = await page.evaluate(() => [...document.querySelectorAll('.slides section[id]')].map((s) => s.id));
  let n = 0;
  for (const id of ids) {
    n++;
    if (values.only && !id.includes(values.only)) continue;
    const scrollView = await page.evaluate(() => document.querySelector('.reveal-viewport.reveal-scroll') !== null);
    if (scrollView) {
      // Phones: reveal's scroll view lays slides out one after another; scroll this one into view.
      await page.evaluate((slideId) => document.getElementById(slideId)?.scrollIntoView({ block: 'start' }), id);
    } else {
      await page.evaluate((slideId) => {
        location.hash = `#/${slideId}`;
      }, id);
      await page.waitForFunction((slideId) => window.deck?.getCurrentSlide()?.id === slideId, id);
    }
    await page.evaluate(() => {
      while (window.deck?.nextFragment()) {
        /* show every fragment */
      }
    });
    await page.waitForTimeout(600);
    const file = join(out, `${String(n).padStart(2, '0')}-${id}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
