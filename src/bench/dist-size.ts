import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Files and bytes under a folder, raw and as gzip -9 would serve them (woff2 stays as is). */
export function distSize(dir: string): { files: number; bytes: number; gzipBytes: number } {
  let files = 0;
  let bytes = 0;
  let gzipBytes = 0;
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        const data = readFileSync(p);
        files++;
        bytes += data.length;
        gzipBytes += /\.(woff2|png|jpe?g|webp)$/.test(name) ? data.length : gzipSync(data, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { files, bytes, gzipBytes };
}
