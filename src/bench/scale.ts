import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { measureBuild } from './build-time.ts';
import { measureDevLoop } from './dev-loop.ts';
import { measurePdf, type PdfTiming } from './pdf-time.ts';
import { writeSyntheticDeck } from './synthetic-deck.ts';

/** How the deck's tooling behaves at one deck size (a generated deck of `slides` slides). */
export interface ScaleResult {
  slides: number;
  /** `vite build` as a process, warm (see build-time.ts). */
  buildMs: number;
  /** Dev loop, save to visible: median and p95 (ms), idle and with both cores busy. */
  devMedianMs: number;
  devP95Ms: number;
  busyMedianMs: number;
  /** Saves made per run, and how many reached the screen (idle and busy runs together). */
  saves: number;
  shown: number;
  reloaded: boolean;
  /** `npm run pdf` of the generated deck as a process (undefined: the export failed). */
  pdf: PdfTiming | undefined;
}

/** Slide counts measured unless `--slides N` picks one: the sizes the budgets are set for. */
export const SCALE_SIZES = [32, 512] as const;

/**
 * Builds, prints (PDF) and edits generated decks of each size. The slides live under test-output/ (inside the
 * project, so the dev server serves the real runtime); `DECK_SLIDES` points the build at them.
 */
export async function measureScale(browser: Browser, sizes: readonly number[], buildRuns: number, saves = 15): Promise<ScaleResult[]> {
  const out: ScaleResult[] = [];
  for (const n of sizes) {
    const root = join('test-output', `bench-deck-${n}`);
    const dir = join(root, 'slides');
    writeSyntheticDeck(dir, n);
    const buildMs = measureBuild(join(root, 'dist'), buildRuns, dir);
    const pdf = measurePdf(Math.min(buildRuns, 3), join(root, 'dist'));
    const edit = { dir, file: '01-part-1.md', slide: 's-5', saves };
    const idle = await measureDevLoop(browser, edit);
    const busy = await measureDevLoop(browser, { ...edit, busy: true });
    out.push({
      slides: n,
      buildMs,
      devMedianMs: idle.medianMs,
      devP95Ms: idle.p95Ms,
      busyMedianMs: busy.medianMs,
      saves: idle.saves + busy.saves,
      shown: idle.shown + busy.shown,
      reloaded: idle.reloaded || busy.reloaded,
      pdf,
    });
    rmSync(root, { recursive: true, force: true });
  }
  return out;
}
