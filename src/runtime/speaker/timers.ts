import type { Lang } from '../../deck/types.ts';
import { formatClock24, formatDelta, formatDuration, formatSlideTime, pacing, timerElapsedMs, timerRunning } from '../pacing.ts';
import type { DeckState } from '../speaker-protocol.ts';
import { SPEAKER_STRINGS } from './speaker-strings.ts';
import type { SpeakerDom } from './view.ts';

/**
 * The figures that move every second: the 24-hour clock, the talk's timer, the time on this slide
 * against its budget and ahead/behind against the whole plan, all from pacing.ts (the phone
 * remote computes the same numbers). `now` is Date.now(): the deck's timer runs on that clock.
 */
export function renderTimers(dom: SpeakerDom, s: DeckState, lang: Lang, now: number): void {
  const elapsedMs = timerElapsedMs(s.timer, now);
  const p = pacing({
    plan: s.slides.map((slide) => slide.budget),
    index: s.index,
    elapsed: elapsedMs / 1000,
    onSlide: (elapsedMs - s.slideStartMs) / 1000,
  });
  const date = new Date(now);
  dom.clock.textContent = formatClock24(date);
  dom.clock.dateTime = date.toISOString();
  dom.timer.textContent = formatDuration(elapsedMs / 1000);
  dom.slideTime.textContent = formatSlideTime(p);
  dom.slideTime.parentElement?.setAttribute('data-state', p.slideState);
  dom.pace.textContent = formatDelta(p, lang);
  dom.pace.parentElement?.setAttribute('data-status', p.status);
  const left = formatDuration(p.talkLeft);
  dom.talkLeft.textContent =
    lang === 'ja' ? `${SPEAKER_STRINGS.speakerTalkLeft.ja} ${left}` : `${left} ${SPEAKER_STRINGS.speakerTalkLeft.en}`;
  const running = timerRunning(s.timer);
  dom.buttons.pause.textContent = SPEAKER_STRINGS[running ? 'timerPause' : elapsedMs > 0 ? 'timerResume' : 'timerStart'][lang];
  dom.root.dataset.timer = running ? 'running' : 'paused';
}
