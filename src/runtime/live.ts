import type { RevealApi } from 'reveal.js';
import { LIVE_MODE, LIVE_PARAM } from '../protocol/live-protocol.ts';
import '../styles/live.css';

export type LiveMode = (typeof LIVE_MODE)[keyof typeof LIVE_MODE];

/**
 * Whether this page was opened from a link `npm run present` printed. Only those carry `?live=`;
 * a static deploy never has it, so it opens no socket, shows no live UI and logs nothing.
 */
export function liveMode(search = location.search): LiveMode | undefined {
  const value = new URLSearchParams(search).get(LIVE_PARAM);
  return value === LIVE_MODE.screen || value === LIVE_MODE.audience ? value : undefined;
}

/** Loaded by main.ts only for a live link; the screen and followers share nothing else with a static reader. */
export async function installLive(deck: RevealApi, lang: () => 'ja' | 'en'): Promise<void> {
  const mode = liveMode();
  document.documentElement.dataset.liveMode = mode ?? '';
  if (mode === LIVE_MODE.screen) (await import('./live-screen.ts')).installScreen(deck, lang);
  else if (mode === LIVE_MODE.audience) (await import('./follow-mode.ts')).installFollow(deck, lang);
}
