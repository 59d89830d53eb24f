import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { DESKTOP, DIST, openDeck, problems, recordActivity, useDeck } from '../support/browser.ts';

/**
 * dist/ is deployed under any sub-path (GitHub Pages serves it at /<repo>/): every asset URL is
 * relative, so the same build works at /deep/path/ as at /.
 */
const ROOT = resolve('test-output/base-path');
const deck = useDeck({ dir: ROOT });

beforeAll(() => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(resolve(ROOT, 'talks/2016'), { recursive: true });
  cpSync(DIST, resolve(ROOT, 'talks/2016/security-no-yube'), { recursive: true });
});

test('the build works under a sub-path: scripts, styles, fonts, notes and deep links', async () => {
  const context = await deck.browser.newContext(DESKTOP);
  const log = await recordActivity(context);
  const base = `${deck.url}talks/2016/security-no-yube/`;
  const page = await openDeck(context, `${base}#/walti-time`);
  expect(await page.evaluate(() => window.deck?.getCurrentSlide()?.id)).toBe('walti-time');
  expect(await page.evaluate(() => document.fonts.check('700 1em "Deck Noto Sans JP"', '対応'))).toBe(true);
  // The lazily loaded chunks resolve against the sub-path too.
  await page.evaluate(() => window.loadDeckNotes?.());
  expect(await page.evaluate(() => document.querySelectorAll('aside.notes').length)).toBeGreaterThan(10);
  const failed = log.responses.filter((r) => r.status >= 400);
  expect(failed).toEqual([]);
  expect(log.requests.every((u) => u.startsWith(base))).toBe(true);
  expect(problems(log)).toEqual([]);
  await context.close();
});
