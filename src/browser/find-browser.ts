import { existsSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';

/** Why no browser could be used; each maps to its own exit status in the CLIs. */
export type BrowserErrorCode = 'BROWSER_NOT_FOUND' | 'BROWSER_PATH_INVALID';

export class BrowserError extends Error {
  constructor(
    readonly code: BrowserErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'BrowserError';
  }
}

export interface FoundBrowser {
  path: string;
  /** Where it came from, for the progress line: `--browser`, `CHROME_PATH`, `playwright`, `system`. */
  source: 'option' | 'env' | 'playwright' | 'system';
}

const HOW_TO_GET_ONE = [
  'No Chrome, Chromium or Edge was found. Any one of these fixes it:',
  '  - point to an installed one: CHROME_PATH=/path/to/chrome (or --browser /path/to/chrome)',
  "  - install Playwright's Chromium: npx playwright install chromium",
  '  - install it from your OS: apt-get install chromium (Debian/Ubuntu), brew install --cask chromium (macOS),',
  '    winget install Google.Chrome (Windows)',
].join('\n');

function systemCandidates(): string[] {
  switch (platform()) {
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        join(homedir(), 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      ];
    case 'win32': {
      const roots = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean) as string[];
      return roots.flatMap((r) => [
        join(r, 'Google/Chrome/Application/chrome.exe'),
        join(r, 'Microsoft/Edge/Application/msedge.exe'),
        join(r, 'Chromium/Application/chrome.exe'),
      ]);
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/microsoft-edge',
        '/snap/bin/chromium',
        '/opt/google/chrome/chrome',
      ];
  }
}

/** Chromium builds that `npx playwright install chromium` left in Playwright's cache, newest first. */
function playwrightCandidates(): string[] {
  const cache =
    process.env.PLAYWRIGHT_BROWSERS_PATH ??
    (platform() === 'darwin'
      ? join(homedir(), 'Library/Caches/ms-playwright')
      : platform() === 'win32'
        ? join(process.env.LOCALAPPDATA ?? homedir(), 'ms-playwright')
        : join(homedir(), '.cache/ms-playwright'));
  if (!existsSync(cache)) return [];
  const dirs = readdirSync(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  const inner =
    platform() === 'darwin'
      ? [
          'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
          'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
          'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        ]
      : platform() === 'win32'
        ? ['chrome-win/chrome.exe', 'chrome-win64/chrome.exe']
        : ['chrome-linux/chrome', 'chrome-linux64/chrome'];
  return dirs.flatMap((d) => inner.map((i) => join(cache, d, i)));
}

/**
 * Finds a Chromium-family browser, in order: the explicit option, `CHROME_PATH`, Playwright's
 * managed Chromium, then the usual install paths. Throws a BrowserError that says how to get one.
 */
export function findBrowser(explicit?: string, env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  if (explicit) {
    if (!existsSync(explicit)) throw new BrowserError('BROWSER_PATH_INVALID', `--browser "${explicit}" does not exist.\n${HOW_TO_GET_ONE}`);
    return { path: explicit, source: 'option' };
  }
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new BrowserError('BROWSER_PATH_INVALID', `CHROME_PATH="${fromEnv}" does not exist.\n${HOW_TO_GET_ONE}`);
    return { path: fromEnv, source: 'env' };
  }
  const managed = playwrightCandidates().find((p) => existsSync(p));
  if (managed) return { path: managed, source: 'playwright' };
  const system = systemCandidates().find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  throw new BrowserError('BROWSER_NOT_FOUND', HOW_TO_GET_ONE);
}
