import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Size and modification time of every file in a folder: two equal snapshots a moment apart mean
 * no editor is still writing. An editor that saves in several writes (or a copy that is still
 * running) would otherwise be read half-written, and the watcher may report the rest of the save
 * as no event at all (seen: 3 of 13 saves never shown under load).
 */
export function snapshot(dir: string): string {
  try {
    return readdirSync(dir)
      .sort()
      .map((f) => {
        try {
          const s = statSync(join(dir, f));
          return `${f}:${s.size}:${s.mtimeMs}`;
        } catch {
          return `${f}:gone`;
        }
      })
      .join('\n');
  } catch {
    return ''; // the folder itself is gone: the loader reports that
  }
}

const sleep = (ms: number): Promise<void> => new Promise((ok) => setTimeout(ok, ms));

/** Resolves with the folder's snapshot once it has stayed the same for `quietMs` (at most `maxMs`). */
export async function settled(dir: string, quietMs = 12, maxMs = 2000): Promise<string> {
  let last = snapshot(dir);
  for (let waited = 0; waited < maxMs; waited += quietMs) {
    await sleep(quietMs);
    const now = snapshot(dir);
    if (now === last) return now;
    last = now;
  }
  return last;
}
