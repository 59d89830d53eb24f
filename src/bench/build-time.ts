import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { median } from './measure-load.ts';

// vite's package exports do not list its CLI: found beside its package.json.
const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');

/**
 * `vite build` as a person runs it, a process of its own (Node and Vite start-up included, as in
 * any peer's CLI): one run to fill the font-subset cache, then the median of `runs` warm ones.
 * `slidesDir` builds another deck (DECK_SLIDES); `outDir` keeps the real dist/ untouched.
 */
export function measureBuild(outDir: string, runs: number, slidesDir?: string): number {
  const env = { ...process.env, ...(slidesDir ? { DECK_SLIDES: slidesDir } : {}) };
  const times: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'silent', '--outDir', outDir, '--emptyOutDir'], {
      env,
      encoding: 'utf8',
    });
    if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status}):\n${run.stderr}`);
    if (i > 0) times.push(performance.now() - t0);
  }
  return median(times);
}
