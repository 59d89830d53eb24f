import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { fontCache } from '../../src/deck/font-cache.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'font-cache-'));
  dirs.push(d);
  return d;
}

/** Ages an entry, as if it had been used `seconds` ago (mtime resolution varies by file system). */
function age(dir: string, key: string, seconds: number): void {
  const t = new Date(Date.now() - seconds * 1000);
  utimesSync(join(dir, `${key}.woff2`), t, t);
}

test('a stored subset is read back byte for byte; an unknown key is a miss', () => {
  const cache = fontCache(tempDir());
  cache.set('regular-abc', Buffer.from([1, 2, 3]));
  expect(cache.get('regular-abc')).toEqual(Buffer.from([1, 2, 3]));
  expect(cache.get('regular-def')).toBeUndefined();
});

test('the cache never holds more than its limit: 250 saves of new text leave 4 files', () => {
  const dir = tempDir();
  const cache = fontCache(dir, 4);
  for (let i = 0; i < 250; i++) cache.set(`regular-${i}`, Buffer.from([i % 256]));
  expect(readdirSync(dir)).toHaveLength(4);
  expect(readdirSync(dir).every((f) => f.endsWith('.woff2'))).toBe(true);
});

test('the least recently used entry goes first; a hit counts as a use', () => {
  const dir = tempDir();
  const cache = fontCache(dir, 2);
  cache.set('a', Buffer.from('a'));
  cache.set('b', Buffer.from('b'));
  age(dir, 'a', 20);
  age(dir, 'b', 10);
  expect(cache.get('a')?.toString()).toBe('a'); // a is now the most recent
  cache.set('c', Buffer.from('c'));
  expect(readdirSync(dir).sort()).toEqual(['a.woff2', 'c.woff2']);
});
