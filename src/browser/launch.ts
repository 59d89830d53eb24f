import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { findBrowser } from './find-browser.ts';

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

export async function launchBrowser(explicitPath?: string, options: LaunchOptions = {}): Promise<Browser> {
  const found = findBrowser(explicitPath);
  return chromium.launch({ executablePath: found.path, headless: true, args: chromiumArgs(), ...options });
}
