import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The on-disk cache of font subsets (subsetting a 5 MB font takes a few hundred ms). Each deck text
 * gives new file names, so without a bound the dev server grew it by one file per save of a new
 * character (95 files after 250 saves). Least recently used entries go once there are more than
 * `limit`; a hit counts as a use.
 */
export interface FontCache {
  get(key: string): Buffer | undefined;
  set(key: string, data: Buffer): void;
}

/** Enough for every face of a few deck versions (the dev server flips between them while editing). */
export const FONT_CACHE_LIMIT = 32;

export function fontCache(dir: string, limit = FONT_CACHE_LIMIT): FontCache {
  mkdirSync(dir, { recursive: true });
  const file = (key: string): string => join(dir, `${key}.woff2`);
  return {
    get(key) {
      try {
        const data = readFileSync(file(key));
        const now = new Date();
        utimesSync(file(key), now, now);
        return data;
      } catch {
        return undefined; // absent, or pruned by another process between two calls: subset again
      }
    },
    set(key, data) {
      // Written under a temporary name and renamed: a build and a dev server may share the folder,
      // and neither may read half a font.
      const tmp = `${file(key)}.${process.pid}.tmp`;
      writeFileSync(tmp, data);
      renameSync(tmp, file(key));
      prune(dir, limit);
    },
  };
}

function prune(dir: string, limit: number): void {
  const entries = readdirSync(dir)
    .filter((f) => f.endsWith('.woff2') || f.endsWith('.tmp'))
    .map((f) => {
      try {
        return { f, t: statSync(join(dir, f)).mtimeMs };
      } catch {
        return { f, t: 0 };
      }
    })
    .sort((a, b) => b.t - a.t);
  for (const { f } of entries.slice(limit)) rmSync(join(dir, f), { force: true });
}
