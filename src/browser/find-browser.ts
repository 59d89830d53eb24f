import { accessSync, constants, existsSync, readdirSync, statSync } from 'node:fs';
import { homedir, platform as osPlatform } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Why no browser could be used; each maps to an exit status in the CLIs (the PDF export: 3).
 * NOT_FOUND: nothing anywhere; PATH_INVALID: a path the user gave does not exist or is not a file;
 * LAUNCH_FAILED: the file exists but would not start as a Chromium.
 */
export type BrowserErrorCode = 'BROWSER_NOT_FOUND' | 'BROWSER_PATH_INVALID' | 'BROWSER_LAUNCH_FAILED';

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

/** The three ways to get a browser, so every BrowserError's message is enough on its own. */
const WAYS_TO_GET_A_BROWSER = [
  '  - point to an installed one: CHROME_PATH=/path/to/chrome (or --browser /path/to/chrome)',
  "  - install Playwright's Chromium: npx playwright install chromium",
  '  - install it from your OS: apt-get install chromium (Debian/Ubuntu), brew install --cask chromium (macOS),',
  '    winget install Google.Chrome (Windows)',
];

/** The message when discovery found nothing at all. */
export const HOW_TO_GET_A_BROWSER = ['No Chrome, Chromium or Edge was found. Any one of these fixes it:', ...WAYS_TO_GET_A_BROWSER].join(
  '\n',
);

/** What a message about a browser that is there but unusable ends with: not "none was found". */
export const USE_ANOTHER = ['Hint: fix that path, or any one of these:', ...WAYS_TO_GET_A_BROWSER].join('\n');

/** The parts of the machine discovery looks at; tests replace them instead of touching the real system. */
export interface DiscoveryEnvironment {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  home: string;
  /** Install paths to try last; default: the usual ones for `platform`. */
  systemPaths?: readonly string[];
}

/** The usual install locations of Chrome, Chromium and Edge on each OS. */
export function systemCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  switch (platform) {
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        join(home, 'Applications/Google Chrome.app/Contents/MacOS/Google Chrome'),
      ];
    case 'win32': {
      const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
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

/** Where `npx playwright install` puts browsers: PLAYWRIGHT_BROWSERS_PATH, else the per-OS cache. */
export function playwrightCacheDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string {
  if (env.PLAYWRIGHT_BROWSERS_PATH) return env.PLAYWRIGHT_BROWSERS_PATH;
  if (platform === 'darwin') return join(home, 'Library/Caches/ms-playwright');
  if (platform === 'win32') return join(env.LOCALAPPDATA ?? home, 'ms-playwright');
  return join(home, '.cache/ms-playwright');
}

/** Chromium builds that `npx playwright install chromium` left in Playwright's cache, newest first. */
export function playwrightCandidates(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home: string): string[] {
  const cache = playwrightCacheDir(platform, env, home);
  if (!existsSync(cache)) return [];
  const dirs = readdirSync(cache)
    .filter((d) => /^chromium-\d+$/.test(d))
    .sort((a, b) => Number(b.split('-')[1]) - Number(a.split('-')[1]));
  const inner =
    platform === 'darwin'
      ? [
          'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
          'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
          'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        ]
      : platform === 'win32'
        ? ['chrome-win/chrome.exe', 'chrome-win64/chrome.exe']
        : ['chrome-linux/chrome', 'chrome-linux64/chrome'];
  return dirs.flatMap((d) => inner.map((i) => join(cache, d, i)));
}

/** A file, not merely an existing path: a directory given as `--browser` fails here, not in Playwright. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * Why a path the user named cannot be a browser, or undefined. `label` is how they wrote it:
 * `--browser "/x"` or `CHROME_PATH="/x"`. Not executable is checked here, not left to Playwright,
 * whose "spawn EACCES" says nothing about the fix.
 */
function unusable(label: string, path: string, platform: NodeJS.Platform): BrowserError | undefined {
  let why: string | undefined;
  if (!isFile(path)) why = existsSync(path) ? 'is not a file' : 'does not exist';
  else if (platform !== 'win32') {
    try {
      accessSync(path, constants.X_OK);
    } catch {
      why = `is not executable (mode ${(statSync(path).mode & 0o777).toString(8)}): name the browser's program itself, or chmod +x it`;
    }
  }
  return why ? new BrowserError('BROWSER_PATH_INVALID', `${label}"${path}" ${why}.\n${USE_ANOTHER}`) : undefined;
}

/**
 * Finds a Chromium-family browser, in order: the explicit option, `CHROME_PATH`, Playwright's
 * managed Chromium, then the usual install paths. Throws a BrowserError that says how to get one.
 * A path the user named that is wrong is an error, never silently skipped for another browser.
 */
export function findBrowser(
  explicit?: string,
  env: NodeJS.ProcessEnv = process.env,
  machine: Partial<DiscoveryEnvironment> = {},
): FoundBrowser {
  const platform = machine.platform ?? osPlatform();
  const home = machine.home ?? homedir();
  // A relative path is the user's file, not a command to look up on PATH (spawn would do that).
  if (explicit) {
    const bad = unusable('--browser ', explicit, platform);
    if (bad) throw bad;
    return { path: resolve(explicit), source: 'option' };
  }
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    const bad = unusable('CHROME_PATH=', fromEnv, platform);
    if (bad) throw bad;
    return { path: resolve(fromEnv), source: 'env' };
  }
  const managed = playwrightCandidates(platform, env, home).find(isFile);
  if (managed) return { path: managed, source: 'playwright' };
  const system = (machine.systemPaths ?? systemCandidates(platform, env, home)).find(isFile);
  if (system) return { path: system, source: 'system' };
  throw new BrowserError('BROWSER_NOT_FOUND', HOW_TO_GET_A_BROWSER);
}
