import { networkInterfaces } from 'node:os';
import { renderUnicodeCompact } from 'uqr';
import type { LiveUrls } from '../server/relay-server.ts';

/** The address phones on the same Wi-Fi reach this machine at: the first non-internal IPv4. */
export function lanAddress(host: string): string | undefined {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** A QR code in the terminal: half-block characters, light modules drawn white on black whatever the theme. */
export function terminalQr(url: string): string {
  const qr = renderUnicodeCompact(url, { border: 2, ecc: 'L' });
  if (process.env.NO_COLOR) return qr;
  return qr
    .split('\n')
    .map((line) => `\x1b[97;40m${line}\x1b[0m`)
    .join('\n');
}

/** The three labelled links `present` prints, each with its QR code. These are the only lines with a secret. */
export function printLinks(urls: LiveUrls): void {
  const out = (label: string, url: string): void => console.log(`\n${label} ${url}\n${terminalQr(url)}`);
  out('screen:  ', urls.screen);
  urls.remotes.forEach((url, i) => out(i === 0 ? 'remote:  ' : `remote ${i + 1}:`, url));
  out('audience:', urls.audience);
}
