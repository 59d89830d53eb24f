import { renderSVG } from 'uqr';
import { escapeHtml } from '../html.ts';
import type { Component } from './component.ts';

const CAPTION = { ja: 'スマートフォンでスライドを開く', en: 'Open these slides on your phone' } as const;

/**
 * A QR code of the deck's public URL, drawn at build time as SVG (no runtime library), so the room
 * can open the deck on their phones. Renders an empty, hidden slot when the build has no DECK_URL:
 * a deck without a public address has nothing to point at until `npm run present` serves it.
 */
export const qr: Component = {
  args: {},
  render(_args, { lang, url }) {
    // Without a public URL, an empty slot: `npm run present` draws the audience link's QR code there.
    if (!url) return '<div class="qr-slot" hidden></div>';
    // Medium error correction survives a projector's glare; dark-on-light for every scanner.
    const svg = renderSVG(url, { ecc: 'M', border: 2, pixelSize: 8 }).replace(
      '<svg ',
      `<svg role="img" aria-label="${escapeHtml(`QR: ${url}`)}" class="qr-code" `,
    );
    return `<figure class="qr">${svg}<figcaption><span>${CAPTION[lang]}</span><br><a href="${escapeHtml(url)}">${shortUrl(url)}</a></figcaption></figure>`;
  },
};

/**
 * The address as people type it: no scheme, no trailing slash, escaped, and allowed to break only
 * after a "/" (a break inside a word, "security-no-/yube", reads as a hyphen that is not there).
 */
export function shortUrl(url: string): string {
  const shown = url.replace(/^https?:\/\//, '').replace(/\/$/, '');
  return shown
    .split('/')
    .map((part) => `<span class="nowrap">${escapeHtml(part)}</span>`)
    .join('/<wbr>');
}
