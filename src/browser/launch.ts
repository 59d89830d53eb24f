import type { Browser, LaunchOptions } from 'playwright-core';
import { trackResource } from '../cli/run-cli.ts';
import { BrowserError, USE_ANOTHER, findBrowser, type FoundBrowser } from './find-browser.ts';

/**
 * Flags for a quiet headless Chromium. Without the networking ones it keeps calling Google's
 * services, which a closed network (a venue, CI) answers with errors; `--no-sandbox` only as root,
 * where Chromium refuses to start otherwise.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-gpu',
    '--disable-quic',
    '--font-render-hinting=none',
  ];
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

const SOURCE_LABEL: Record<FoundBrowser['source'], string> = {
  option: 'from --browser',
  env: 'from CHROME_PATH',
  playwright: "Playwright's Chromium",
  system: 'found on this system',
};

/**
 * The one line worth showing from Playwright's launch error, which is a page of command line and
 * call log: how the process ended and the first thing it wrote to stderr (a missing library, a
 * wrong architecture); else Playwright's own first line ("Target … has been closed").
 */
export function launchReason(message: string): string {
  // eslint-disable-next-line no-control-regex -- the call log is coloured with ANSI escapes
  const text = message.replace(/\x1b\[[0-9;]*m/g, '');
  const exit = /<process did exit: exitCode=(\w+), signal=(\w+)>/.exec(text);
  const stderr = /\[pid=\d+\]\[err\] (.+)/.exec(text)?.[1]?.trim();
  const ended = !exit ? undefined : exit[2] !== 'null' ? `it was killed by ${exit[2]}` : `it exited at once with status ${exit[1]}`;
  if (ended) return stderr ? `${ended}, saying "${stderr.slice(0, 200)}"` : ended;
  return (text.split('\n')[0] ?? '').replace(/^browserType\.launch:\s*/, '').trim() || 'no reason given';
}

/**
 * A browser that exists but would not start (not a Chromium, built for another machine, missing
 * libraries): the message names the path, where it came from and why, not "none was found".
 */
export function launchFailed(found: FoundBrowser, playwrightMessage: string): BrowserError {
  return new BrowserError(
    'BROWSER_LAUNCH_FAILED',
    [
      `The browser at "${found.path}" (${SOURCE_LABEL[found.source]}) exists but failed to start: ${launchReason(playwrightMessage)}.`,
      `It must be a Chrome, Chromium or Edge that runs on this machine: try "${found.path}" --version in a terminal.`,
      USE_ANOTHER,
    ].join('\n'),
  );
}

/**
 * Starts a browser that discovery already found. A file that exists but is not a Chromium (or
 * cannot run here) becomes a BrowserError naming the path, not Playwright's long launch log.
 */
export async function launchFound(found: FoundBrowser, options: LaunchOptions = {}): Promise<Browser> {
  // Imported here, not at the top: the build's config bundle inlines this module (for the social
  // card), and loading Playwright cost every `vite build` ~0.2 s, card or not.
  const { chromium } = await import('playwright-core');
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: found.path,
      headless: true,
      args: chromiumArgs(),
      // Signals are the CLI's (src/cli/run-cli.ts): Playwright's own handlers would exit 130 on
      // Ctrl-C behind its back. Without a handler Chromium still dies with us: its pipe closes.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      ...options,
    });
  } catch (error) {
    throw launchFailed(found, error instanceof Error ? error.message : String(error));
  }
  const release = trackResource(`Chromium (${found.path})`, () => browser.close());
  browser.once('disconnected', release);
  return browser;
}

export async function launchBrowser(explicitPath?: string, options: LaunchOptions = {}): Promise<Browser> {
  return launchFound(findBrowser(explicitPath), options);
}
