/**
 * A relay restarted mid-talk (a crash, a closed laptop lid): the real `npm run present` process is
 * killed with SIGKILL and started again on the same port. The phone's link, the screen's tab and the
 * followers must carry on by themselves: the same links are printed, every page reconnects, and the
 * position comes from the screen (the new relay knows nothing). Separate browser contexts for the
 * screen (laptop), the remote (phone) and a follower.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../../src/browser/launch.ts';
import { CACHE_DIR_ENV } from '../../src/server/live-links.ts';
import { currentStep, DESKTOP, recordActivity, waitForDeck, problems, type ActivityLog, type Step } from '../support/browser.ts';

interface Run {
  child: ChildProcess;
  out: () => string;
  links: { screen: string; remote: string; remote2: string; audience: string };
}

const cache = mkdtempSync(join(tmpdir(), 'live-restart-'));
const runs: Run[] = [];
let browser: Browser;
const contexts: BrowserContext[] = [];
const logs: ActivityLog[] = [];
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 };

async function freePort(): Promise<number> {
  const s = createServer().listen(0, '127.0.0.1');
  await new Promise((ok) => s.once('listening', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise((ok) => s.close(ok));
  return port;
}

/** Starts `present` and resolves with the links it printed, once it says it is serving. */
function present(port: number, extra: string[] = []): Promise<Run> {
  const args = ['--import', 'tsx', 'src/cli/present.ts', '--host', '127.0.0.1', '--port', String(port), '--public-host', '127.0.0.1'];
  const child = spawn(process.execPath, [...args, ...extra], {
    env: { ...process.env, [CACHE_DIR_ENV]: cache, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise((resolve, fail) => {
    const timer = setTimeout(() => fail(new Error(`present did not start within 30 s:\n${out}`)), 30_000);
    const add = (b: Buffer): void => {
      out += b.toString();
      if (!/Stop with Ctrl-C/.test(out)) return;
      clearTimeout(timer);
      const link = (label: string): string => new RegExp(`^${label}\\s+(http\\S+)$`, 'm').exec(out)?.[1] ?? '';
      const run: Run = {
        child,
        out: () => out,
        links: { screen: link('screen:'), remote: link('remote:'), remote2: link('remote 2:'), audience: link('audience:') },
      };
      runs.push(run);
      resolve(run);
    };
    child.stdout.on('data', add);
    child.stderr.on('data', add);
    child.once('exit', (code) => fail(new Error(`present exited (${code}) before serving:\n${out}`)));
  });
}

function killed(run: Run, signal: NodeJS.Signals): Promise<void> {
  return new Promise((ok) => {
    if (run.child.exitCode !== null || run.child.signalCode !== null) return ok();
    run.child.once('exit', () => ok());
    run.child.kill(signal);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  for (const r of runs) await killed(r, 'SIGKILL');
  rmSync(cache, { recursive: true, force: true });
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
const status = (remote: Page): Promise<string> => remote.locator('#remote-status').innerText();
/** The remote's "elapsed" timer (m:ss) in seconds. */
async function elapsed(remote: Page): Promise<number> {
  const [m, s] = (await remote.locator('#remote-elapsed').innerText()).split(':').map(Number);
  return (m ?? 0) * 60 + (s ?? 0);
}
async function follows(follower: Page, screen: Page): Promise<void> {
  await expect.poll(async () => same(await step(follower), await step(screen)), { timeout: 20_000 }).toBe(true);
}

describe('present restarted mid-talk', () => {
  it('prints the same links again, and screen, remote and follower carry on by themselves', async () => {
    const port = await freePort();
    const first = await present(port);
    const screen = await open(first.links.screen);
    await waitForDeck(screen);
    await expect.poll(() => screen.evaluate(() => document.documentElement.dataset.live)).toBe('open');
    const follower = await open(first.links.audience);
    await waitForDeck(follower);
    const remote = await open(first.links.remote, PHONE);
    await expect.poll(() => status(remote)).toBe('あなたが操作中');
    for (let i = 0; i < 3; i++) await remote.getByRole('button', { name: '次へ' }).click();
    await follows(follower, screen);

    // The talk timer has run a few seconds when the relay dies.
    await expect.poll(() => elapsed(remote), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const elapsedBefore = await elapsed(remote);

    // The crash: no goodbye to anyone.
    await killed(first, 'SIGKILL');
    await expect.poll(() => status(remote)).toBe('再接続中…');
    await expect.poll(() => follower.locator('.live-follow').getAttribute('data-state')).toBe('offline');
    // The presenter goes on with the laptop's keyboard meanwhile: only the screen knows where the talk is now.
    await screen.keyboard.press('ArrowRight');
    await screen.keyboard.press('ArrowRight');

    const second = await present(port);
    expect(second.links).toEqual(first.links);
    expect(first.out()).toContain('New links, kept for a restart');
    expect(second.out()).toContain('Same links as the run of');
    await follows(follower, screen);
    await expect.poll(() => status(remote), { timeout: 20_000 }).toBe('あなたが操作中');
    // The timer goes on from the talk's start (saved with the links), not from the restart.
    expect(await elapsed(remote)).toBeGreaterThanOrEqual(elapsedBefore);
    const title = await remote.locator('#remote-title').innerText();
    expect(title.length).toBeGreaterThan(0);
    const before = await step(screen);
    await remote.getByRole('button', { name: '次へ' }).click();
    await expect.poll(async () => same(await step(screen), before)).toBe(false);
    await follows(follower, screen);

    // The secrets are the user's alone on disk, and printed only inside the links.
    const secret = new URL(first.links.remote).hash.slice('#key='.length);
    expect(secret).toMatch(/^[0-9a-f]{32}$/);
    for (const r of [first, second]) expect(r.out().split(secret).length - 1).toBe(1);
    expect(statSync(cache).isDirectory()).toBe(true);
    const files = readdirSync(cache);
    expect(files).toHaveLength(1);
    expect(statSync(join(cache, files[0] ?? '')).mode & 0o777).toBe(0o600);

    // --new-links: a link that got out stops working, and the phone says so instead of retrying.
    await killed(second, 'SIGINT');
    const third = await present(port, ['--new-links']);
    expect(third.links.remote).not.toBe(first.links.remote);
    expect(third.links.audience).toBe(first.links.audience);
    await expect.poll(() => status(remote), { timeout: 20_000 }).toContain('このリンクは使えません');
    await killed(third, 'SIGINT');
  });

  it('with --port 0 a restart asks for the port of the last run first, so the links stay the same', async () => {
    const first = await present(0);
    await killed(first, 'SIGKILL');
    const second = await present(0);
    expect(second.links).toEqual(first.links);
    expect(second.out()).toContain('Same links as the run of');
    expect(second.out()).not.toContain('The address changed');
    await killed(second, 'SIGINT');
  });

  it('logged no errors on any page', () => {
    // A killed relay makes Chromium log failed WebSocket connections; nothing else may show up.
    const found = logs.flatMap(problems).filter((p) => !/WebSocket connection to .* failed/.test(p));
    expect(found).toEqual([]);
    expect(logs.flatMap((l) => l.cspViolations)).toEqual([]);
  });
});
