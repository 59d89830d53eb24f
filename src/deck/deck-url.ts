import { diag } from './diagnostics.ts';
import type { Diagnostic } from './types.ts';

/**
 * The deck's public URL, from DECK_URL at build time. When set, the build adds a canonical link,
 * Open Graph / Twitter card tags, a social card image and QR codes. It must be absolute so a phone
 * scanning the QR code and a chat app unfurling a link can both reach it; it is normalised to end
 * in "/" when it names a folder, so relative links under it resolve.
 */
export function readDeckUrl(raw: string | undefined): { url?: string; diagnostics: Diagnostic[] } {
  if (raw === undefined || raw.trim() === '') return { diagnostics: [] };
  let parsed: URL;
  try {
    parsed = new URL(raw.trim());
  } catch {
    parsed = new URL('invalid:');
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return {
      diagnostics: [
        diag(
          { file: 'DECK_URL', line: 1 },
          'bad-deck-url',
          `DECK_URL "${raw}" is not an absolute http(s) URL.`,
          'Set it to where dist/ will be served, e.g. DECK_URL=https://example.org/security-no-yube/',
        ),
      ],
    };
  }
  if (parsed.username || parsed.password) {
    return {
      diagnostics: [
        diag(
          { file: 'DECK_URL', line: 1 },
          'bad-deck-url',
          `DECK_URL "${parsed.protocol}//${'*'.repeat(3)}@${parsed.host}${parsed.pathname}" carries a user name or password.`,
          'Credentials in DECK_URL would be printed in every QR code, link and social card: use the public address alone.',
        ),
      ],
    };
  }
  if (!parsed.pathname.endsWith('/') && !/\.[a-z0-9]+$/i.test(parsed.pathname)) parsed.pathname += '/';
  parsed.hash = '';
  return { url: parsed.href, diagnostics: [] };
}
