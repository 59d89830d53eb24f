/**
 * `npm run present` in real Chromium: separate contexts for the screen (laptop), two remotes
 * (phones) and two followers, all against a relay this file starts on 127.0.0.1 at a free port.
 */
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { startLiveServer, type LiveServer } from '../../src/server/relay-server.ts';
import {
  currentStep,
  DESKTOP,
  DIST,
  outputDir,
  problems,
  recordActivity,
  waitForDeck,
  type ActivityLog,
  type Step,
} from '../support/browser.ts';

let server: LiveServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const logs: ActivityLog[] = [];
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

beforeAll(async () => {
  server = await startLiveServer({ dir: DIST });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url: string, options = DESKTOP): Promise<Page> {
  const context = await browser.newContext(options);
  contexts.push(context);
  logs.push(await recordActivity(context));
  const page = await context.newPage();
  await page.goto(url);
  return page;
}
const openDeck = async (url: string, options = DESKTOP): Promise<Page> => {
  const page = await open(url, options);
  await waitForDeck(page);
  return page;
};
const step = (page: Page): Promise<Step> => currentStep(page);
const same = (a: Step, b: Step): boolean => a.h === b.h && a.v === b.v && a.f === b.f;
async function until(page: Page, target: () => Promise<Step>): Promise<void> {
  await expect.poll(async () => same(await step(page), await target()), { timeout: 10_000 }).toBe(true);
}
const status = (remote: Page): Promise<string> => remote.locator('#remote-status').innerText();

describe('present: screen, remotes and followers', () => {
  let screen: Page;
  let remote: Page;
  let followerA: Page;

  it('the remote drives, followers follow, a late joiner starts where the talk is', async () => {
    screen = await openDeck(server.urls.screen);
    // The screen's secret leaves the address bar once the live code runs.
    await expect.poll(() => screen.evaluate(() => document.documentElement.dataset.live)).toBe('open');
    expect(screen.url()).not.toContain(server.secrets.screen);
    followerA = await openDeck(server.urls.audience);
    remote = await open(server.urls.remotes[0] ?? '', PHONE);
    await expect.poll(() => status(remote)).toBe('あなたが操作中');
    const next = remote.getByRole('button', { name: '次へ' });
    const before = await step(screen);
    for (let i = 0; i < 3; i++) await next.click();
    await expect
      .poll(async () => (await step(screen)).h + (await step(screen)).v + (await step(screen)).f)
      .toBeGreaterThan(before.h + before.v + before.f + 1);
    await until(followerA, () => step(screen));
    await remote.getByRole('button', { name: '前へ' }).click();
    await until(followerA, () => step(screen));
    const late = await openDeck(server.urls.audience, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    await expect.poll(async () => (await step(late)).id === (await step(screen)).id).toBe(true);
    // The remote shows the current slide's title and its notes in Japanese.
    const id = (await step(screen)).id;
    const title = await screen.evaluate((i) => document.querySelector(`#${i} .l10n[lang="ja"] :is(h1,h2)`)?.textContent ?? '', id);
    await expect.poll(() => remote.locator('#remote-title').innerText()).toBe(title.replace(/\s+/g, ' ').trim());
    expect((await remote.locator('#remote-notes .l10n:not([hidden])').innerText()).length).toBeGreaterThan(10);
    // The screen's laptop keyboard works alongside the remote.
    const s = await step(screen);
    await screen.keyboard.press('ArrowRight');
    await expect.poll(async () => same(await step(screen), s)).toBe(false);
    await expect.poll(async () => (await step(late)).id === (await step(screen)).id).toBe(true);
  });

  it('a follower steps back on their own, sees that they are behind, and rejoins with one tap', async () => {
    await followerA.keyboard.press('ArrowLeft');
    await followerA.keyboard.press('ArrowLeft');
    await expect.poll(() => followerA.locator('.live-follow').getAttribute('data-state')).toBe('detached');
    await expect(followerA.locator('.live-follow-label').innerText()).resolves.toContain('ライブより前');
    // The presenter moves on; the detached reader stays where they are.
    const mine = await step(followerA);
    await remote.getByRole('button', { name: '次へ' }).click();
    await followerA.waitForTimeout(500);
    expect(same(await step(followerA), mine)).toBe(true);
    await followerA.getByRole('button', { name: 'ライブに戻る' }).click();
    await until(followerA, () => step(screen));
    expect(await followerA.locator('.live-follow').getAttribute('data-state')).toBe('live');
  });

  it('a follower, and a forged message without the token, cannot drive', async () => {
    const before = await step(screen);
    const outcome = await followerA.evaluate(async () => {
      const send = (hello: object, then: object[]): Promise<string[]> =>
        new Promise((resolve) => {
          const seen: string[] = [];
          const ws = new WebSocket(`ws://${location.host}/live`);
          ws.onopen = () => {
            ws.send(JSON.stringify(hello));
            for (const m of then) ws.send(JSON.stringify(m));
            ws.send(JSON.stringify({ kind: 'ping' }));
          };
          ws.onmessage = (e) => {
            seen.push(JSON.parse(String(e.data)).kind);
            if (seen.includes('pong')) ws.close();
          };
          ws.onclose = (e) => resolve([...seen, `close ${e.code}`]);
        });
      const nav = [
        { kind: 'nav', action: 'next' },
        { kind: 'claim' },
        { kind: 'state', position: { id: 'coupon', h: 9, v: 0, f: -1 }, blank: true },
      ];
      return {
        asFollower: await send({ kind: 'hello', role: 'audience' }, nav),
        noToken: await send({ kind: 'hello', role: 'remote' }, nav),
        wrongToken: await send({ kind: 'hello', role: 'remote', token: 'f'.repeat(32) }, nav),
      };
    });
    expect(outcome.asFollower).toEqual(['welcome', 'live', 'pong', 'close 1005']);
    expect(outcome.noToken).toEqual(['close 4001']);
    expect(outcome.wrongToken).toEqual(['close 4001']);
    await screen.waitForTimeout(300);
    expect(same(await step(screen), before)).toBe(true);
    expect(await status(remote)).toBe('あなたが操作中');
  });

  it('hands over between two remotes, and the screen shows who drives', async () => {
    const second = await open(server.urls.remotes[1] ?? '', PHONE);
    await expect.poll(() => status(second)).toBe('リモート1が操作中');
    expect(await second.getByRole('button', { name: '次へ' }).isDisabled()).toBe(true);
    await second.getByRole('button', { name: '操作を代わる' }).click();
    await expect.poll(() => status(second)).toBe('あなたが操作中');
    await expect.poll(() => status(remote)).toBe('リモート2が操作中');
    await expect.poll(() => screen.locator('.live-screen-notice').innerText()).toBe('リモート2が操作中');
    expect(await remote.getByRole('button', { name: '次へ' }).isDisabled()).toBe(true);
    const before = await step(screen);
    await second.getByRole('button', { name: '次へ' }).click();
    await expect.poll(async () => same(await step(screen), before)).toBe(false);
    await remote.getByRole('button', { name: '操作を代わる' }).click();
    await expect.poll(() => status(remote)).toBe('あなたが操作中');
  });

  it('everyone reconnects and resyncs after the relay restarts on the same port', async () => {
    const { port, secrets } = server;
    await server.close();
    await expect.poll(() => followerA.locator('.live-follow').getAttribute('data-state')).toBe('offline');
    await expect.poll(() => status(remote)).toBe('再接続中…');
    // The keyboard still drives the laptop while the relay is gone.
    const s = await step(screen);
    await screen.keyboard.press('ArrowRight');
    await expect.poll(async () => same(await step(screen), s)).toBe(false);
    server = await startLiveServer({ dir: DIST, port, secrets });
    await until(followerA, () => step(screen));
    await expect.poll(() => status(remote), { timeout: 15_000 }).toBe('あなたが操作中');
    const before = await step(screen);
    await remote.getByRole('button', { name: '次へ' }).click();
    await expect.poll(async () => same(await step(screen), before)).toBe(false);
    await until(followerA, () => step(screen));
  });

  it("the remote's button labels never wrap: phone portrait (360, 390) and landscape, both languages", async () => {
    // A label over two lines broke inside a word (「画面を暗く/する」) and made the row uneven.
    const wrapped = (): Promise<string[]> =>
      remote.locator('.remote-controls button, .remote-bar button').evaluateAll((buttons) =>
        buttons
          .filter((b) => (b as HTMLElement).offsetParent !== null)
          .filter((b) => {
            const range = document.createRange();
            range.selectNodeContents(b);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return tops.size > 1 || b.scrollWidth > b.clientWidth + 1;
          })
          .map((b) => (b.textContent ?? '').trim()),
      );
    const sizes = [
      { width: 360, height: 740 },
      { width: 390, height: 844 },
      { width: 844, height: 390 },
      { width: 740, height: 360 },
    ];
    const problems: string[] = [];
    for (const lang of ['English', '日本語']) {
      for (const size of sizes) {
        await remote.setViewportSize(size);
        problems.push(...(await wrapped()).map((label) => `${size.width}x${size.height}: "${label}"`));
      }
      await remote.getByRole('button', { name: lang }).click();
    }
    await remote.setViewportSize(PHONE.viewport);
    expect(problems).toEqual([]);
  });

  it('shows the remote and a follower as people see them (screenshots)', async () => {
    const dir = outputDir('live');
    await remote.screenshot({ path: join(dir, 'remote-portrait-390x844.png') });
    await remote.setViewportSize({ width: 844, height: 390 });
    await remote.screenshot({ path: join(dir, 'remote-landscape-844x390.png') });
    const phone = await openDeck(server.urls.audience, { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
    // reveal's scroll view drives fragments from the scroll position: a phone follows slide by slide.
    await expect.poll(async () => (await step(phone)).id === (await step(screen)).id).toBe(true);
    await phone.screenshot({ path: join(dir, 'audience-360.png') });
    await screen.keyboard.press('Home');
    await expect.poll(() => screen.locator('section#title .l10n:not([hidden]) img.qr-code').count()).toBe(1);
    await screen.waitForTimeout(1000);
    await screen.screenshot({ path: join(dir, 'screen-title-1280.png') });
  });

  it('logged no errors on any page', () => {
    // Relay restarts make Chromium log failed WebSocket connections; nothing else may show up.
    const found = logs.flatMap(problems).filter((p) => !/WebSocket connection to .* failed/.test(p));
    expect(found).toEqual([]);
    expect(logs.flatMap((l) => l.cspViolations)).toEqual([]);
  });
});
