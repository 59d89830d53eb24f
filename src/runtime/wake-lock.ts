/**
 * Keeping a screen on with the Screen Wake Lock API, and saying honestly when it cannot.
 *
 * The API exists only in a secure context. The laptop's screen page is one (http://127.0.0.1 is
 * trusted), so its display does not go to sleep while the presenter drives from the phone and never
 * touches the laptop. The phone opens http://192.168…, which is not: no browser gives that page a
 * wake lock, and the old fallback (a looping hidden video, NoSleep.js) is unreliable on current
 * phones, so the remote says so and the README tells the presenter what to set instead.
 */
export type AwakeState =
  /** Asked for, not granted yet (some browsers wait for a tap). */
  | 'pending'
  | 'on'
  /** Plain http over the Wi-Fi: the API is not there at all. */
  | 'insecure'
  /** A secure page in a browser without the API. */
  | 'unsupported'
  /** The browser refused (battery saver, a policy). */
  | 'denied';

interface WakeLockSentinelLike {
  released: boolean;
  addEventListener(type: 'release', listener: () => void): void;
}
type WakeLockLike = { request(type: 'screen'): Promise<WakeLockSentinelLike> };

/**
 * Holds a screen wake lock while the page is visible and asks again when it comes back (the
 * browser releases it whenever the page is hidden). `onChange` hears every state, starting now.
 */
export function keepAwake(onChange: (state: AwakeState) => void = () => undefined): void {
  const wakeLock = (navigator as Navigator & { wakeLock?: WakeLockLike }).wakeLock;
  if (!isSecureContext) return onChange('insecure');
  if (!wakeLock) return onChange('unsupported');
  let held: WakeLockSentinelLike | undefined;
  let asking = false;
  const request = (): void => {
    if (document.visibilityState !== 'visible' || asking || (held && !held.released)) return;
    asking = true;
    wakeLock.request('screen').then(
      (sentinel) => {
        asking = false;
        held = sentinel;
        sentinel.addEventListener('release', () => onChange('pending'));
        onChange('on');
      },
      () => {
        asking = false;
        onChange('denied');
      },
    );
  };
  onChange('pending');
  request();
  document.addEventListener('visibilitychange', request);
  // Some browsers grant it only after a tap; a refusal is asked again on the next one.
  document.addEventListener('pointerup', request);
}
