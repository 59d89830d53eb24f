import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { createServer } from 'vite';
import { slides } from '../deck/vite-plugin.ts';
import { median } from './measure-load.ts';

export interface DevLoopResult {
  saves: number;
  /** Saves whose text reached the page within 5 s. */
  shown: number;
  /** Save to the first frame showing its text (ms): median and 95th percentile of the shown ones. */
  medianMs: number;
  p95Ms: number;
  /** Whether the page was reloaded at any point (it should be updated in place). */
  reloaded: boolean;
}

export interface DevLoopOptions {
  /** Slide folder, relative to the project root. */
  dir: string;
  /** A slide file in it and the id of a slide in that file whose heading is edited. */
  file: string;
  slide: string;
  saves?: number;
  /** Keep both cores busy with two spinning processes while saving (the editor, a build…). */
  busy?: boolean;
}

const SHOWN_WITHIN_MS = 5000;

/**
 * `npm run dev` as an author uses it: a real dev server and Chromium on one slide; each save
 * appends a mark to that slide's heading, and the time until the mark is in the page is taken.
 */
export async function measureDevLoop(browser: Browser, o: DevLoopOptions): Promise<DevLoopResult> {
  const path = join(o.dir, o.file);
  const original = readFileSync(path, 'utf8');
  const at = original.indexOf(`=== ${o.slide}\n`);
  const headingEnd = original.indexOf('\n', original.indexOf('\n## ', at) + 1);
  if (at < 0 || headingEnd < 0) throw new Error(`No slide "${o.slide}" with a heading in ${path}`);
  const server = await createServer({
    root: resolve('.'),
    configFile: false,
    cacheDir: resolve('node_modules/.vite/bench-dev'),
    plugins: [slides({ dir: o.dir })],
    logLevel: 'silent',
    optimizeDeps: { include: ['reveal.js'] },
    server: { port: 0, host: '127.0.0.1' },
  });
  const spinners: ChildProcess[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  try {
    await server.listen();
    const url = `http://127.0.0.1:${(server.httpServer?.address() as AddressInfo).port}/`;
    await page.goto(`${url}?lang=ja#/${o.slide}`);
    await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true', null, { timeout: 120_000 });
    await page.evaluate(() => ((window as unknown as { benchPage: boolean }).benchPage = true));
    if (o.busy) for (let i = 0; i < 2; i++) spinners.push(spawn(process.execPath, ['-e', 'for(;;){}'], { stdio: 'ignore' }));
    const times: number[] = [];
    const saves = o.saves ?? 15;
    for (let i = 0; i < saves; i++) {
      const mark = `SAVE-${i}-${Date.now()}`;
      // Resolves with the page's clock (the same machine's) at the first DOM change showing the mark.
      const seen = page
        .evaluate(
          // No named inner functions: tsx would wrap them in a __name() helper the page lacks.
          ([id, m, limit]) =>
            new Promise<number | undefined>((done) => {
              const observer = new MutationObserver(() => {
                if (!document.getElementById(String(id))?.textContent?.includes(String(m))) return;
                observer.disconnect();
                // Visible = the next frame after the change, once the update's task has finished.
                requestAnimationFrame(() => done(Date.now()));
              });
              observer.observe(document.body, { subtree: true, childList: true, characterData: true });
              setTimeout(() => (observer.disconnect(), done(undefined)), Number(limit));
            }),
          [o.slide, mark, SHOWN_WITHIN_MS] as const,
        )
        .catch(() => undefined); // the page went away (a reload): counted as not shown
      // The observer must be in place before the save.
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(ok)));
      const t0 = Date.now();
      writeFileSync(path, `${original.slice(0, headingEnd)} ${mark}${original.slice(headingEnd)}`);
      const t1 = await seen;
      if (t1 !== undefined) times.push(t1 - t0);
      await new Promise((ok) => setTimeout(ok, 300)); // a person does not save faster than this
    }
    const reloaded = !(await page.evaluate(() => (window as unknown as { benchPage?: boolean }).benchPage === true));
    const sorted = [...times].sort((a, b) => a - b);
    return {
      saves,
      shown: times.length,
      medianMs: median(times),
      p95Ms: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? Number.NaN,
      reloaded,
    };
  } finally {
    for (const s of spinners) s.kill();
    writeFileSync(path, original);
    await page.close();
    await server.close();
  }
}
