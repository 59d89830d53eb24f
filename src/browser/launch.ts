import type { Browser, LaunchOptions } from 'playwright-core';
import { trackResource } from '../cli/run-cli.ts';
import { BrowserError, HOW_TO_GET_A_BROWSER, findBrowser, type FoundBrowser } from './find-browser.ts';

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
    const first = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new BrowserError('BROWSER_LAUNCH_FAILED', `Could not start the browser at ${found.path}: ${first}\n${HOW_TO_GET_A_BROWSER}`);
  }
  const release = trackResource(`Chromium (${found.path})`, () => browser.close());
  browser.once('disconnected', release);
  return browser;
}

export async function launchBrowser(explicitPath?: string, options: LaunchOptions = {}): Promise<Browser> {
  return launchFound(findBrowser(explicitPath), options);
}
