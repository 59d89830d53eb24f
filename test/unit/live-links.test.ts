import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cacheDir, KEEP_MS, linkStore, secretsForRun, type SavedLinks } from '../../src/server/live-links.ts';
import { newSecrets } from '../../src/server/relay-secrets.ts';

let dir: string;
const T0 = Date.UTC(2026, 11, 2, 9, 0);

function links(over: Partial<SavedLinks> = {}): SavedLinks {
  return { secrets: newSecrets(), port: 8080, createdAt: T0, usedAt: T0, ...over };
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'live-links-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('saved links', () => {
  test('a restart within the keep time reuses the secrets; the file is the user’s alone', () => {
    const store = linkStore('/deck/dist', 8080, join(dir, 'cache'));
    const first = secretsForRun(store, false, T0);
    expect(first.reused).toBe(false);
    store.save({ ...first.links, port: 8080 });
    expect(statSync(join(dir, 'cache')).mode & 0o777).toBe(0o700);
    expect(statSync(store.file).mode & 0o777).toBe(0o600);
    const again = secretsForRun(store, false, T0 + KEEP_MS - 1);
    expect(again).toMatchObject({ reused: true, links: { secrets: first.links.secrets, createdAt: T0, usedAt: T0 + KEEP_MS - 1 } });
    // Only the file itself, no temp file left beside it.
    expect(readdirSync(join(dir, 'cache'))).toEqual([store.file.split('/').pop()]);
  });

  test('expired links, --new-links and another dist/ or port get new secrets', () => {
    const store = linkStore('/deck/dist', 8080, dir);
    const saved = links();
    store.save(saved);
    expect(secretsForRun(store, false, T0 + KEEP_MS + 1).reused).toBe(false);
    const fresh = secretsForRun(store, true, T0 + 1);
    expect(fresh.reused).toBe(false);
    expect(fresh.links.secrets.screen).not.toBe(saved.secrets.screen);
    expect(secretsForRun(linkStore('/other/dist', 8080, dir), false, T0).reused).toBe(false);
    expect(secretsForRun(linkStore('/deck/dist', 8081, dir), false, T0).reused).toBe(false);
    // A clock that went backwards by hours is not "within the keep time".
    expect(secretsForRun(store, false, T0 - 3_600_000).reused).toBe(false);
  });

  test('a file others can read, a symlink or a broken file is not trusted, and the note names the file only', () => {
    const store = linkStore('/deck/dist', 8080, dir);
    const saved = links();
    store.save(saved);
    chmodSync(store.file, 0o644);
    const open = secretsForRun(store, false, T0);
    expect(open.reused).toBe(false);
    expect(open.note).toBe(`ignored the saved links in ${store.file}: others may read it (mode 644). New links were made.`);
    expect(open.note).not.toContain(saved.secrets.screen);

    rmSync(store.file);
    const elsewhere = join(dir, 'elsewhere.json');
    writeFileSync(elsewhere, JSON.stringify(saved), { mode: 0o600 });
    symlinkSync(elsewhere, store.file);
    expect(secretsForRun(store, false, T0).note).toContain('it is not a regular file');

    rmSync(store.file);
    for (const text of [
      '{',
      '[]',
      JSON.stringify({ ...saved, secrets: { screen: 'x', remotes: [] } }),
      JSON.stringify({ ...saved, port: 0 }),
    ]) {
      writeFileSync(store.file, text, { mode: 0o600 });
      const r = secretsForRun(store, false, T0);
      expect(r.reused).toBe(false);
      expect(r.note).toContain('not a links file of this deck');
      rmSync(store.file);
    }
  });

  test('saving replaces the file whole', () => {
    const store = linkStore('/deck/dist', 0, dir);
    store.save(links({ port: 40001 }));
    const next = links({ port: 40002 });
    store.save(next);
    expect(JSON.parse(readFileSync(store.file, 'utf8'))).toEqual(next);
  });

  test('the cache directory per OS, moved by DECK_LIVE_CACHE_DIR', () => {
    expect(cacheDir({}, 'linux', '/home/u')).toBe('/home/u/.cache/security-no-yube-deck');
    expect(cacheDir({ XDG_CACHE_HOME: '/x' }, 'linux', '/home/u')).toBe('/x/security-no-yube-deck');
    expect(cacheDir({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/security-no-yube-deck');
    expect(cacheDir({ LOCALAPPDATA: 'C:/L' }, 'win32', 'C:/u')).toBe(join('C:/L', 'security-no-yube-deck'));
    expect(cacheDir({ DECK_LIVE_CACHE_DIR: '/t' }, 'linux', '/home/u')).toBe('/t');
  });
});
