/**
 * While the deck is being presented, the projected slide carries no UI: the language button and
 * reveal's arrows fade out (controls.css, `html.deck-presenting`). Presenting means full screen,
 * the speaker view open, or a mouse left still for IDLE_MS. Moving the mouse or tabbing to a
 * control brings the UI back, except in full screen or with the speaker view open. Touch screens
 * and the phone's scroll view never count as idle: readers there need the button.
 */
export const IDLE_MS = 3000;
const CLASS = 'deck-presenting';

export interface PresentingMode {
  /** Checks again, e.g. after the speaker view opened or closed. */
  update(): void;
  isPresenting(): boolean;
}

export function installPresentingMode(speakerOpen: () => boolean): PresentingMode {
  const root = document.documentElement;
  const canIdle = (): boolean =>
    matchMedia('(hover: hover) and (pointer: fine)').matches && !document.querySelector('.reveal-viewport.reveal-scroll');
  let idle = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const presenting = (): boolean => !!document.fullscreenElement || speakerOpen() || (idle && canIdle());
  const update = (): void => {
    root.classList.toggle(CLASS, presenting());
  };
  const active = (): void => {
    idle = false;
    clearTimeout(timer);
    timer = setTimeout(() => {
      idle = true;
      update();
    }, IDLE_MS);
    update();
  };

  for (const type of ['mousemove', 'mousedown', 'focusin'] as const) document.addEventListener(type, active, { passive: true });
  document.addEventListener('fullscreenchange', update);
  // The speaker view is another window: it may close without this page hearing of it.
  setInterval(update, 1000);
  active();
  return { update, isPresenting: presenting };
}
