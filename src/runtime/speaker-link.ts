import type { RevealApi } from 'reveal.js';
import type { Lang } from '../deck/types.ts';
import type { LanguageController } from './language.ts';
import { pauseTimer, resetTimer, startTimer, timerElapsedMs, timerRunning, TIMER_STOPPED, type TimerState } from './pacing.ts';
import type { DeckMessage, ViewRequest } from './speaker-protocol.ts';
import { currentStep, nextStep, readSpeakerSlides } from './speaker-slides.ts';

/**
 * The deck's half of the speaker view once one is there (speaker-view.ts loads it on S or on a
 * view's first hello, so a reader never downloads it). The deck keeps the talk's stopwatch: every
 * view shows the same time, and a view that reloads loses nothing. Times are Date.now(), the one
 * clock every window of the browser shares.
 */
export interface SpeakerLink {
  /** Sends where the talk is, to every view. */
  send(): void;
  /** A view arrived: the talk's clock starts with the first one, as reveal's own view did. */
  joined(): void;
  obey(request: ViewRequest): void;
}

/**
 * The talk's time survives a reload of the deck (a slip on F5 mid-talk): it is kept for this tab
 * in sessionStorage, like the language and scheme choices, and read back when the link starts.
 */
const TIMER_KEY = 'deck:speaker-timer';
interface SavedTimer {
  timer: TimerState;
  slideStartMs: number;
  slide: string;
}

function savedTimer(): SavedTimer | undefined {
  try {
    const v = JSON.parse(sessionStorage.getItem(TIMER_KEY) ?? 'null') as Partial<SavedTimer> | null;
    const t = v?.timer;
    const valid =
      typeof t?.bankedMs === 'number' && (t.sinceMs === null || typeof t.sinceMs === 'number') && typeof v?.slideStartMs === 'number';
    return valid ? (v as SavedTimer) : undefined;
  } catch {
    return undefined; // storage blocked or a value this code did not write: start afresh
  }
}

function saveTimer(saved: SavedTimer): void {
  try {
    sessionStorage.setItem(TIMER_KEY, JSON.stringify(saved));
  } catch {
    /* storage blocked: the time lasts as long as the page */
  }
}

export function createSpeakerLink(
  deck: RevealApi,
  language: LanguageController,
  langs: readonly Lang[],
  id: string,
  post: (m: DeckMessage) => void,
): SpeakerLink {
  const slides = readSpeakerSlides(deck, langs);
  const saved = savedTimer();
  let timer: TimerState = saved?.timer ?? TIMER_STOPPED;
  let started = !!saved;
  // Back on the same slide: its own time goes on; on another, it starts now.
  let slideStartMs = saved && saved.slide === deck.getCurrentSlide()?.id ? saved.slideStartMs : timerElapsedMs(timer, Date.now());
  const save = (): void => saveTimer({ timer, slideStartMs, slide: deck.getCurrentSlide()?.id ?? '' });

  const send = (): void => {
    const current = deck.getCurrentSlide();
    const state = language.state();
    post({
      kind: 'state',
      deck: id,
      slides,
      index: Math.max(0, current ? deck.getSlides().indexOf(current) : 0),
      step: currentStep(deck),
      next: nextStep(deck),
      langs: [...langs],
      slidesLang: state.slides,
      notesLang: state.notes ?? state.slides,
      theme: document.documentElement.dataset.theme === 'light' ? 'light' : 'dark',
      timer,
      slideStartMs,
    });
  };

  deck.on('slidechanged', () => {
    slideStartMs = timerElapsedMs(timer, Date.now());
    if (started) save();
    send();
  });
  for (const event of ['fragmentshown', 'fragmenthidden']) deck.on(event, send);
  // Shift+T (theme.ts) switches the scheme on <html data-theme>: the previews follow.
  new MutationObserver(send).observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });

  return {
    send,
    joined() {
      if (started) return;
      started = true;
      timer = startTimer(timer, Date.now());
      save();
    },
    obey(request) {
      const now = Date.now();
      if (request.kind === 'nav') {
        if (request.action === 'next') deck.next();
        else deck.prev();
        return; // the deck's own events send the new state
      }
      if (request.kind === 'timer') {
        if (request.action === 'reset') {
          timer = resetTimer(timer, now);
          slideStartMs = 0;
        } else timer = timerRunning(timer) ? pauseTimer(timer, now) : startTimer(timer, now);
        save();
        send();
      } else if (request.which === 'notes') language.toggleNotes();
      else {
        const other = langs.find((l) => l !== language.state().slides);
        if (other) language.setSlides(other);
      }
    },
  };
}
