/**
 * What the phone itself does for the remote: swipes on the notes and keeping the screen on.
 */

/** Horizontal swipes: right-to-left is "next", left-to-right "previous"; vertical drags scroll the notes. */
export function installSwipe(area: HTMLElement, onSwipe: (direction: 'next' | 'prev') => void): void {
  let start: { x: number; y: number; t: number } | undefined;
  area.addEventListener('pointerdown', (e) => {
    if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY, t: e.timeStamp };
  });
  area.addEventListener('pointercancel', () => (start = undefined));
  area.addEventListener('pointerup', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    const quick = e.timeStamp - start.t < 800;
    start = undefined;
    if (quick && Math.abs(dx) > 60 && Math.abs(dx) > 2 * Math.abs(dy)) onSwipe(dx < 0 ? 'next' : 'prev');
  });
}

/**
 * Screen Wake Lock where the browser has it (it needs a secure context, so on plain http over the
 * venue's Wi-Fi it is usually absent; the README says to raise the phone's auto-lock time then).
 * The lock is released whenever the page is hidden, so it is asked for again on return.
 */
export function keepAwake(): void {
  const wakeLock = (navigator as Navigator & { wakeLock?: { request(type: 'screen'): Promise<unknown> } }).wakeLock;
  if (!wakeLock || !isSecureContext) return;
  const request = (): void => {
    if (document.visibilityState === 'visible') wakeLock.request('screen').catch(() => undefined);
  };
  request();
  document.addEventListener('visibilitychange', request);
  // Some browsers grant it only after a tap.
  document.addEventListener('pointerup', request, { once: true });
}
