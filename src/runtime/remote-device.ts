/**
 * What the phone itself does for the remote: swipes on the notes. Keeping the screen on is
 * wake-lock.ts (the laptop's screen page uses it too).
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
