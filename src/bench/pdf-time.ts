import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { median } from './measure-load.ts';

/** One PDF export as a person runs it: `npm run pdf` as its own process, start-up included. */
export interface PdfTiming {
  ms: number;
  bytes: number;
  pages: number;
}

/**
 * PDF budgets per generated deck size, in ms: issue #13 asks ≤ 0.8 × Marp CLI 4.5, measured on the
 * same 2-core machine at 2.70 s (32 slides) and 4.29 s (512 slides).
 */
export const PDF_BUDGETS_MS: Readonly<Record<number, number>> = { 32: 2_160, 512: 3_430 };

/**
 * Median of `runs` exports of a built deck (`distDir`, printed as it is: DECK_DIST) or of the
 * project's own dist/ (built first if stale). Undefined, with the reason on stderr, if one fails.
 */
export function measurePdf(runs: number, distDir?: string): PdfTiming | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'deck-bench-'));
  const out = join(dir, 'deck.pdf');
  const env = { ...process.env, ...(distDir ? { DECK_DIST: resolve(distDir) } : {}) };
  const times: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/pdf.ts', '--out', out], { encoding: 'utf8', env });
      if (run.status !== 0) {
        console.error(`PDF export failed (exit ${run.status}):\n${run.stderr}`);
        return undefined;
      }
      times.push(performance.now() - start);
    }
    const bytes = readFileSync(out);
    const pages = (bytes.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
    return { ms: median(times), bytes: bytes.length, pages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
