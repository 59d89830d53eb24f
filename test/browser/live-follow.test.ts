/**
 * What the room and the presenter see while live, checked step by step in real Chromium: followers
 * match the screen's slide AND fragment, a late joiner starts there at once, the remote shows the
 * next step, and Wake Lock is reported honestly. `venue.test` maps to loopback, so a page opened by
 * that name is plain http on a "network" address — not a secure context, like http://192.168… on
 * the venue's Wi-Fi — while http://127.0.0.1 (the laptop's own screen link) is one.
 */
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, launchBrowser } from '../../src/browser/launch.ts';
import { startLiveServer, type LiveServer } from '../../src/server/relay-server.ts';
import { currentStep, DESKTOP, DIST, problems, recordActivity, waitForDeck, type ActivityLog, type Step } from '../support/browser.ts';

let server: LiveServer;
let browser: Browser;
const contexts: BrowserContext[] = [];
const logs: ActivityLog[] = [];
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };
const VENUE_HOST = 'venue.test';

beforeAll(async () => {
  server = await startLiveServer({ dir: DIST, publicHost: VENUE_HOST });
  browser = await launchBrowser(undefined, { args: [...chromiumArgs(), `--host-resolver-rules=MAP ${VENUE_HOST} 127.0.0.1`] });
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
const step = (page: Page): Promise<Step> => currentStep(page);
const same = (a: Step, b: Step): boolean => a.id === b.id && a.h === b.h && a.v === b.v && a.f === b.f;
const clean = (t: string): string => t.replace(/\s+/g, ' ').trim();

/** A TCP proxy to the relay's port whose every connection the test can cut at once, like a Wi-Fi drop. */
async function flakyProxy(target: number): Promise<{ port: number; cut(): void; connections(): number; close(): Promise<void> }> {
  const open = new Set<Socket>();
  let total = 0;
  const proxy = createServer((client) => {
    total++;
    const upstream = connect(target, '127.0.0.1');
    for (const s of [client, upstream]) {
      open.add(s);
      s.on('error', () => undefined).on('close', () => open.delete(s));
    }
    client.pipe(upstream).pipe(client);
    const end = (): void => void (client.destroy(), upstream.destroy());
    client.on('close', end);
    upstream.on('close', end);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  return {
    port: (proxy.address() as AddressInfo).port,
    cut: () => open.forEach((s) => s.destroy()),
    connections: () => total,
    close: () => new Promise((ok) => (open.forEach((s) => s.destroy()), proxy.close(() => ok()))),
  };
}

/** The text of the step after `s` as the screen's deck has it: its next fragment, else the next slide's title. */
function nextStepOnScreen(screen: Page, s: Step): Promise<string> {
  return screen.evaluate(({ id, f }) => {
    const slide = document.getElementById(id);
    const fragment = slide?.querySelector(`:scope > .l10n[lang="ja"] .fragment[data-fragment-index="${f + 1}"]`);
    if (fragment) return fragment.textContent ?? '';
    const slides = [...document.querySelectorAll('.slides > section.deck-section > section[id]')];
    const next = slides[slides.findIndex((el) => el.id === id) + 1];
    return next?.querySelector(':scope > .l10n[lang="ja"] :is(h1, h2)')?.textContent ?? '';
  }, s);
}

describe('live: slide and fragment, next step, wake lock', () => {
  let screen: Page;
  let remote: Page;
  let follower: Page;

  it('followers match the screen fragment by fragment; a late joiner gets slide and fragment at once', async () => {
    screen = await open(server.urls.screen);
    await waitForDeck(screen);
    follower = await open(server.urls.audience.replace(VENUE_HOST, '127.0.0.1'));
    await waitForDeck(follower);
    // Remote 1 as on a phone with a trusted origin; remote 2 below as printed for the Wi-Fi.
    remote = await open((server.urls.remotes[0] ?? '').replace(VENUE_HOST, '127.0.0.1'), PHONE);
    await expect.poll(() => remote.locator('#remote-status').innerText()).toBe('あなたが操作中');
    const next = remote.getByRole('button', { name: '次へ' });
    // Walk with the remote to a fragment that has another one after it, checking the follower at every step.
    let s = await step(screen);
    for (let i = 0; i < 60 && !(s.f >= 0 && !s.complete); i++) {
      await next.click();
      await expect.poll(async () => same(await step(screen), s)).toBe(false);
      s = await step(screen);
      await expect.poll(async () => same(await step(follower), s), { timeout: 5_000 }).toBe(true);
      // The remote names what the next tap shows.
      const expected = clean(await nextStepOnScreen(screen, s));
      await expect
        .poll(async () => clean(await remote.locator('#remote-next').innerText()))
        .toBe(expected.length > 90 ? `${expected.slice(0, 89)}…` : expected);
    }
    expect(s.f, 'found a slide with two fragments or more').toBeGreaterThanOrEqual(0);
    expect(s.complete).toBe(false);

    const late = await open(server.urls.audience.replace(VENUE_HOST, '127.0.0.1'));
    await waitForDeck(late);
    // "At once": the first position the late deck settles on is the live one, fragment included.
    await expect.poll(async () => same(await step(late), s), { timeout: 3_000 }).toBe(true);
    expect(await late.locator('.live-follow').getAttribute('data-state')).toBe('live');
  });

  it('a follower on a flaky connection keeps catching up, and the relay keeps no dead seats', async () => {
    const proxy = await flakyProxy(server.port);
    try {
      const flaky = await open(`http://127.0.0.1:${proxy.port}/?live=follow`);
      await waitForDeck(flaky);
      // Its live code in and connected before the first cut: the drops are the WebSocket's (a drop
      // while the code loads is the next test's).
      await expect.poll(() => flaky.locator('.live-follow').getAttribute('data-state')).toBe('live');
      await expect.poll(async () => same(await step(flaky), await step(screen))).toBe(true);
      const next = remote.getByRole('button', { name: '次へ' });
      for (let i = 0; i < 3; i++) {
        // The Wi-Fi drops every connection of this phone; the presenter moves on meanwhile.
        proxy.cut();
        const before = await step(screen);
        await next.click();
        await expect.poll(async () => same(await step(screen), before)).toBe(false);
        await expect.poll(async () => same(await step(flaky), await step(screen)), { timeout: 15_000 }).toBe(true);
      }
      expect(proxy.connections()).toBeGreaterThanOrEqual(4);
      // follower, the late joiner and this one: the dropped sockets left no seat behind.
      await expect.poll(() => server.relay.stats().roles.audience).toBe(3);
      expect(await flaky.locator('.live-follow').getAttribute('data-state')).toBe('live');
      await flaky.context().close();
    } finally {
      await proxy.close();
    }
  });

  it('a follower whose live code was cut off as it loaded tries again and follows', async () => {
    // Not in `logs`: the aborted request is this test's own doing.
    const context = await browser.newContext(DESKTOP);
    try {
      let aborted = '';
      await context.route(/\/assets\/live-[\w-]+\.js$/, (route) => {
        if (aborted) return route.continue();
        aborted = route.request().url();
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      await page.goto(`${server.urls.audience}`);
      await waitForDeck(page);
      await expect.poll(() => page.locator('.live-follow').getAttribute('data-state'), { timeout: 10_000 }).toBe('live');
      expect(aborted).not.toBe('');
      await expect.poll(async () => same(await step(page), await step(screen))).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('the laptop screen is kept awake; the remote says so only when it cannot keep the phone awake', async () => {
    // http://127.0.0.1 is a secure context: the screen holds a wake lock, the remote needs no warning.
    await expect.poll(() => screen.evaluate(() => document.documentElement.dataset.liveAwake)).toBe('on');
    await expect.poll(() => remote.locator('#remote-awake').getAttribute('data-state')).toBe('on');
    expect(await remote.locator('#remote-awake').isHidden()).toBe(true);
    // The link as printed for the venue's Wi-Fi: plain http on a network name.
    const venue = await open(server.urls.remotes[1] ?? '', PHONE);
    expect(new URL(venue.url()).hostname).toBe(VENUE_HOST);
    expect(await venue.evaluate(() => isSecureContext)).toBe(false);
    await expect.poll(() => venue.locator('#remote-status').innerText()).toBe('リモート1が操作中');
    await expect.poll(() => venue.locator('#remote-awake').isVisible()).toBe(true);
    expect(await venue.locator('#remote-awake').innerText()).toBe(
      'http接続では画面のスリープを止められません。スマートフォンの自動ロックを長くしてください。',
    );
    await venue.getByRole('button', { name: 'English' }).click();
    expect(await venue.locator('#remote-awake').innerText()).toBe(
      'Over plain http this page cannot keep the screen on: set a longer auto-lock on the phone.',
    );
    await venue.context().close();
  });

  it('a follower turned away by a full relay is told so while it keeps trying', async () => {
    const full = await startLiveServer({ dir: DIST, limits: { maxConnections: 0, reservedForPresenters: 0 } });
    try {
      const page = await open(full.urls.audience);
      const label = page.locator('.live-follow-label');
      await expect.poll(() => label.innerText(), { timeout: 15_000 }).toBe('満員のため接続できません。少しして自動でつなぎ直します。');
      expect(await page.locator('.live-follow').getAttribute('data-state')).toBe('offline');
      await page.context().close();
    } finally {
      await full.close();
    }
  });

  it('logged no errors on any page', () => {
    // Cut connections make Chromium log failed WebSocket connections and resources; nothing else may show up.
    const found = logs.flatMap(problems).filter((p) => !/WebSocket connection to .* failed|net::ERR_(CONNECTION|EMPTY_RESPONSE)/.test(p));
    expect(found).toEqual([]);
    expect(logs.flatMap((l) => l.cspViolations)).toEqual([]);
  });
});
