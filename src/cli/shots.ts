/**
 * `npm run shots [-- --only <id-part>] [--lang en] [--theme light] [--width 1280 --height 720]`: builds nothing;
 * opens the built deck (dist/) and saves a PNG of every slide, with all fragments shown, into
 * test-output/shots/. For people to look at what they changed. Exit: 0 done, 1 a bug, 2 bad usage,
 * 3 no usable browser, 4 dist/ is not built; 129/130/143 stopped by a signal (run-cli.ts).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from 'playwright-core';
import { BrowserError, findBrowser } from '../browser/find-browser.ts';
import { launchFound } from '../browser/launch.ts';
import { LANGS } from '../deck/types.ts';
import { THEMES } from '../runtime/theme.ts';
import { serveStatic } from '../server/static-server.ts';
import { runCli, type CliIo } from './run-cli.ts';

const USAGE = 'Options: --only <id-part>, --lang ja|en, --theme dark|light, --width PX, --height PX, --out DIR';

function readArgs(argv: string[]): { only?: string; lang?: string; theme?: string; width: number; height: number; out: string } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      only: { type: 'string' },
      lang: { type: 'string' },
      theme: { type: 'string' },
      width: { type: 'string', default: '1280' },
      height: { type: 'string', default: '720' },
      out: { type: 'string', default: 'test-output/shots' },
    },
  });
  const size = (name: string, raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 100 || n > 8000)
      throw new TypeError(`--${name} must be a whole number of pixels from 100 to 8000, not "${raw}".`);
    return n;
  };
  if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang)) {
    throw new TypeError(`--lang must be one of ${LANGS.join(', ')}, not "${values.lang}".`);
  }
  if (values.theme !== undefined && !(THEMES as readonly string[]).includes(values.theme)) {
    throw new TypeError(`--theme must be one of ${THEMES.join(', ')}, not "${values.theme}".`);
  }
  return { ...values, width: size('width', values.width), height: size('height', values.height) };
}

async function shots(io: CliIo): Promise<number> {
  let values: ReturnType<typeof readArgs>;
  try {
    values = readArgs(process.argv.slice(2));
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!existsSync('dist/index.html')) {
    io.err('dist/index.html is missing: build the deck first (npm run build).');
    return 4;
  }
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });
  let browser: Browser | undefined;
  const server = await serveStatic('dist');
  try {
    browser = await launchFound(findBrowser());
    const page = await browser.newPage({ viewport: { width: values.width, height: values.height } });
    page.on('pageerror', (e) => io.err(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') io.err(`console ${m.type()}: ${m.text()}`);
    });
    // The slides at any width: a phone-sized window would otherwise open the reading view.
    const params = new URLSearchParams({ view: 'slides' });
    if (values.lang) params.set('lang', values.lang);
    if (values.theme) params.set('theme', values.theme);
    const query = params.size ? `?${params}` : '';
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
      io.out(file);
    }
  } catch (error) {
    if (!(error instanceof BrowserError)) throw error;
    io.err(error.message);
    return 3;
  } finally {
    await browser?.close();
    await server.close();
  }
  return 0;
}

await runCli('npm run shots', shots);
