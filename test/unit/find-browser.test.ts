import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import {
  BrowserError,
  HOW_TO_GET_A_BROWSER,
  findBrowser,
  playwrightCacheDir,
  systemCandidates,
  type DiscoveryEnvironment,
} from '../../src/browser/find-browser.ts';
import { launchFound, launchReason } from '../../src/browser/launch.ts';

/*
 * Discovery is tested on a fake machine: a temp dir holds fake browser files, the environment is
 * a plain object and the system paths are injected, so the real /usr/bin/chromium never answers.
 */
let dir: string;

function fakeBrowser(...parts: string[]): string {
  const path = join(dir, ...parts);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\n');
  chmodSync(path, 0o755);
  return path;
}

function machine(systemPaths: string[] = []): Partial<DiscoveryEnvironment> {
  return { platform: 'linux', home: join(dir, 'home'), systemPaths };
}

function thrown(run: () => unknown): BrowserError {
  try {
    run();
  } catch (error) {
    if (error instanceof BrowserError) return error;
    throw error;
  }
  throw new Error('expected a BrowserError');
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'find-browser-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('discovery order', () => {
  test('the explicit option wins over CHROME_PATH, the Playwright cache and system paths', () => {
    const option = fakeBrowser('option', 'chrome');
    const env = { CHROME_PATH: fakeBrowser('env', 'chrome'), PLAYWRIGHT_BROWSERS_PATH: join(dir, 'pw') };
    fakeBrowser('pw', 'chromium-1234', 'chrome-linux64', 'chrome');
    expect(findBrowser(option, env, machine([fakeBrowser('usr', 'chromium')]))).toEqual({ path: option, source: 'option' });
  });

  test('CHROME_PATH wins over the Playwright cache and system paths', () => {
    const fromEnv = fakeBrowser('env', 'chrome');
    fakeBrowser('pw', 'chromium-1234', 'chrome-linux64', 'chrome');
    const env = { CHROME_PATH: fromEnv, PLAYWRIGHT_BROWSERS_PATH: join(dir, 'pw') };
    expect(findBrowser(undefined, env, machine([fakeBrowser('usr', 'chromium')]))).toEqual({ path: fromEnv, source: 'env' });
  });

  test("Playwright's cache (PLAYWRIGHT_BROWSERS_PATH) wins over system paths, newest build first", () => {
    fakeBrowser('pw', 'chromium-999', 'chrome-linux64', 'chrome');
    const newest = fakeBrowser('pw', 'chromium-1234', 'chrome-linux64', 'chrome');
    fakeBrowser('pw', 'firefox-1500', 'firefox', 'firefox');
    const env = { PLAYWRIGHT_BROWSERS_PATH: join(dir, 'pw') };
    expect(findBrowser(undefined, env, machine([fakeBrowser('usr', 'chromium')]))).toEqual({ path: newest, source: 'playwright' });
  });

  test('the default Playwright cache is under the home directory', () => {
    const cached = fakeBrowser('home', '.cache', 'ms-playwright', 'chromium-1200', 'chrome-linux', 'chrome');
    expect(findBrowser(undefined, {}, machine())).toEqual({ path: cached, source: 'playwright' });
  });

  test('system paths come last, the first existing one wins', () => {
    const second = fakeBrowser('usr', 'google-chrome');
    const third = fakeBrowser('usr', 'chromium');
    const env = { PLAYWRIGHT_BROWSERS_PATH: join(dir, 'empty-cache') };
    expect(findBrowser(undefined, env, machine([join(dir, 'nope'), second, third]))).toEqual({ path: second, source: 'system' });
  });
});

describe('errors', () => {
  test('nothing anywhere: BROWSER_NOT_FOUND with every way to get a browser', () => {
    const error = thrown(() => findBrowser(undefined, { PLAYWRIGHT_BROWSERS_PATH: join(dir, 'none') }, machine([join(dir, 'nope')])));
    expect(error.code).toBe('BROWSER_NOT_FOUND');
    expect(error.message).toBe(HOW_TO_GET_A_BROWSER);
    expect(error.message).toContain('CHROME_PATH=');
    expect(error.message).toContain('npx playwright install chromium');
    expect(error.message).toContain('apt-get install chromium');
  });

  test('a wrong --browser is an error, not a silent fallback to another browser', () => {
    const env = { CHROME_PATH: fakeBrowser('env', 'chrome') };
    const error = thrown(() => findBrowser('/nope/chrome', env, machine([fakeBrowser('usr', 'chromium')])));
    expect(error.code).toBe('BROWSER_PATH_INVALID');
    expect(error.message).toContain('--browser "/nope/chrome" does not exist.');
    expect(error.message).toContain('npx playwright install chromium');
  });

  test('a directory given as the browser is not a file', () => {
    mkdirSync(join(dir, 'a-dir'));
    const error = thrown(() => findBrowser(join(dir, 'a-dir'), {}, machine()));
    expect(error.code).toBe('BROWSER_PATH_INVALID');
    expect(error.message).toContain('is not a file');
  });

  test('a wrong CHROME_PATH is an error naming the variable', () => {
    const error = thrown(() => findBrowser(undefined, { CHROME_PATH: join(dir, 'gone') }, machine([fakeBrowser('usr', 'chromium')])));
    expect(error.code).toBe('BROWSER_PATH_INVALID');
    expect(error.message).toContain(`CHROME_PATH="${join(dir, 'gone')}" does not exist.`);
  });
});

describe('a browser that is there but unusable', () => {
  test('a file that is not executable says so, with the fix, and not "none was found"', () => {
    const path = join(dir, 'notes.txt');
    writeFileSync(path, 'not a browser');
    chmodSync(path, 0o644);
    const error = thrown(() => findBrowser(path, {}, machine()));
    expect(error.code).toBe('BROWSER_PATH_INVALID');
    expect(error.message).toContain(`--browser "${path}" is not executable (mode 644)`);
    expect(error.message).toContain('chmod +x');
    expect(error.message).not.toContain('No Chrome');
    expect(thrown(() => findBrowser(undefined, { CHROME_PATH: path }, machine())).message).toContain(
      `CHROME_PATH="${path}" is not executable`,
    );
  });

  test('a relative path is the file in this directory, not a command on PATH', () => {
    const path = fakeBrowser('here', 'chrome');
    const cwd = process.cwd();
    process.chdir(join(dir, 'here'));
    try {
      expect(findBrowser('chrome', {}, machine())).toEqual({ path, source: 'option' });
    } finally {
      process.chdir(cwd);
    }
  });

  test.each([
    ['exits at once', 'exit 1', /exists but failed to start: it exited at once with status 1\./],
    [
      'misses a library',
      'echo "error while loading shared libraries: libnss3.so" >&2; exit 127',
      /exists but failed to start: it exited at once with status 127, saying "error while loading shared libraries: libnss3\.so"\./,
    ],
  ])('a program that %s: the path, where it came from and why, not "No Chrome found"', async (_name, body, reason) => {
    const path = join(dir, 'chrome');
    writeFileSync(path, `#!/bin/sh\n${body}\n`);
    chmodSync(path, 0o755);
    const error = await launchFound({ path, source: 'env' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BrowserError);
    const { code, message } = error as BrowserError;
    expect(code).toBe('BROWSER_LAUNCH_FAILED');
    expect(message.split('\n')[0]).toMatch(new RegExp(`^The browser at "${path}" \\(from CHROME_PATH\\) ${reason.source}$`));
    expect(message).toContain(`try "${path}" --version`);
    expect(message).toContain('npx playwright install chromium');
    expect(message).not.toContain('No Chrome');
    // One short message, not Playwright's page of command line and call log.
    expect(message.split('\n').length).toBeLessThan(10);
    expect(message).not.toContain('--remote-debugging-pipe');
  });

  test("Playwright's first line when the log says nothing better", () => {
    expect(launchReason("browserType.launch: Executable doesn't exist at /x\nmore")).toBe("Executable doesn't exist at /x");
    expect(launchReason('\x1b[2m  - [pid=1] <process did exit: exitCode=null, signal=SIGSEGV>\x1b[22m')).toBe('it was killed by SIGSEGV');
  });
});

describe('candidates per OS', () => {
  test('each OS has its usual install paths', () => {
    expect(systemCandidates('linux', {}, '/home/u')).toContain('/usr/bin/chromium');
    expect(systemCandidates('darwin', {}, '/Users/u')).toContain('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    expect(systemCandidates('win32', { PROGRAMFILES: 'C:/PF' }, 'C:/Users/u')).toContain(
      join('C:/PF', 'Google/Chrome/Application/chrome.exe'),
    );
  });

  test("Playwright's cache location per OS, overridden by PLAYWRIGHT_BROWSERS_PATH", () => {
    expect(playwrightCacheDir('linux', {}, '/home/u')).toBe(join('/home/u', '.cache/ms-playwright'));
    expect(playwrightCacheDir('darwin', {}, '/Users/u')).toBe(join('/Users/u', 'Library/Caches/ms-playwright'));
    expect(playwrightCacheDir('linux', { PLAYWRIGHT_BROWSERS_PATH: '/x' }, '/home/u')).toBe('/x');
  });
});
