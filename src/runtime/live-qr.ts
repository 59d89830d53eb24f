import { LIVE_STRINGS } from './live-strings.ts';

/**
 * While live, the QR codes on the title and coupon slides show the audience link (the address
 * `present` printed), in place of the build's public URL or the build's empty slot. uqr is loaded
 * only here; the code is an <img> of an SVG data: URL (the CSP allows `img-src data:`).
 */
export async function showAudienceQr(audienceUrl: string, onDrawn: () => void): Promise<void> {
  const spots = [...document.querySelectorAll<HTMLElement>('.slides .qr-slot, .slides figure.qr')];
  if (!spots.length) return;
  const { renderSVG } = await import('uqr');
  const src = `data:image/svg+xml,${encodeURIComponent(renderSVG(audienceUrl, { ecc: 'M', border: 2, pixelSize: 8 }))}`;
  for (const spot of spots) {
    const lang = spot.closest<HTMLElement>('[lang]')?.lang === 'en' ? 'en' : 'ja';
    const figure = document.createElement('figure');
    figure.className = 'qr live-qr';
    const img = document.createElement('img');
    img.className = 'qr-code';
    img.src = src;
    img.alt = `QR: ${audienceUrl}`;
    const caption = document.createElement('figcaption');
    const text = document.createElement('span');
    text.textContent = LIVE_STRINGS.followAlong[lang];
    const link = document.createElement('a');
    link.href = audienceUrl;
    link.textContent = audienceUrl.replace(/^https?:\/\//, '').replace(/\/$/, '');
    caption.append(text, document.createElement('br'), link);
    figure.append(img, caption);
    spot.replaceWith(figure);
  }
  onDrawn();
}
