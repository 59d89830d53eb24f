// Static, not import(): in the single file a dynamic import would be one more chunk to inline.
import notes from 'virtual:deck-notes';
import '../../styles/speaker.css';
import type { Lang } from '../../deck/types.ts';
import {
  asDeckMessage,
  DECK_PARAM,
  SPEAKER_CHANNEL,
  windowId,
  type DeckState,
  type SpeakerCommand,
  type ViewRequest,
} from '../speaker-protocol.ts';
import { SPEAKER_STRINGS } from './speaker-strings.ts';
import { installSpeakerKeys } from './keys.ts';
import { createPreview } from './previews.ts';
import { renderTimers } from './timers.ts';
import { buildSpeakerDom, labelSpeakerDom } from './view.ts';
import { markCue } from '../cue-line.ts';

/**
 * The speaker view (speaker.html, or index.html?view=speaker in the single-file build): the
 * current slide and the next step as live previews, the notes at the presenter's size, the
 * section, the clock and the pacing. It follows one deck window of this browser over a
 * BroadcastChannel (speaker-protocol.ts): the one whose id is in `?deck=` (the deck that opened it
 * with S), else the first deck that answers. Moving here moves that deck, and the other way round.
 */
const SIZE_KEY = 'deck:speaker-notes-size';
export const NOTES_SIZE = { min: 16, max: 64, step: 4, initial: 28 } as const;
const PING_MS = 2000;

function storedSize(): number {
  let value = NaN;
  try {
    value = Number(localStorage.getItem(SIZE_KEY));
  } catch {
    /* storage blocked: the default size */
  }
  return value >= NOTES_SIZE.min && value <= NOTES_SIZE.max ? value : NOTES_SIZE.initial;
}

export function startSpeakerPage(): void {
  const dom = buildSpeakerDom(document);
  document.documentElement.className = 'speaker-page';
  document.body.replaceChildren(dom.root);
  const id = windowId();
  const channel = new BroadcastChannel(SPEAKER_CHANNEL);
  let following = new URLSearchParams(location.search).get(DECK_PARAM);
  let state: DeckState | null = null;
  let lang: Lang | undefined;
  let notesFor = '';
  let size = storedSize();
  const current = createPreview(dom.currentFrame);
  const upcoming = createPreview(dom.nextFrame);

  const command = (c: ViewRequest): void => {
    if (state) channel.postMessage({ ...c, deck: state.deck });
  };
  const setSize = (next: number): void => {
    size = Math.min(NOTES_SIZE.max, Math.max(NOTES_SIZE.min, next));
    dom.root.style.setProperty('--notes-size', `${size}px`);
    dom.buttons.smaller.disabled = size <= NOTES_SIZE.min;
    dom.buttons.larger.disabled = size >= NOTES_SIZE.max;
    try {
      localStorage.setItem(SIZE_KEY, String(size));
    } catch {
      /* storage blocked: the size lasts for this page */
    }
  };
  const actions = {
    next: () => command({ kind: 'nav', action: 'next' }),
    prev: () => command({ kind: 'nav', action: 'prev' }),
    toggleTimer: () => command({ kind: 'timer', action: 'toggle' }),
    resetTimer: () => command({ kind: 'timer', action: 'reset' }),
    notesLang: () => command({ kind: 'lang', which: 'notes' }),
    slidesLang: () => command({ kind: 'lang', which: 'slides' }),
    smaller: () => setSize(size - NOTES_SIZE.step),
    larger: () => setSize(size + NOTES_SIZE.step),
  };

  const render = (s: DeckState | null): void => {
    const l = s?.notesLang ?? lang ?? (document.documentElement.lang === 'en' ? 'en' : 'ja');
    if (l !== lang) {
      lang = l;
      labelSpeakerDom(dom, l);
      document.title = SPEAKER_STRINGS.speakerTitle[l];
    }
    dom.waiting.textContent = s ? '' : SPEAKER_STRINGS.speakerWaiting[l];
    dom.root.dataset.connected = String(!!s);
    const slide = s?.slides[s.index];
    if (!s || !slide) return;
    dom.section.replaceChildren(
      ...(slide.sectionNumber
        ? [Object.assign(document.createElement('span'), { className: 'speaker-section-number', textContent: slide.sectionNumber })]
        : []),
      slide.section[l] ?? '',
    );
    dom.count.textContent = `${SPEAKER_STRINGS.speakerSlideCount[l]} ${s.index + 1} / ${s.slides.length}`;
    dom.currentTitle.textContent = slide.title[l] ?? '';
    dom.nextText.textContent = !s.next
      ? SPEAKER_STRINGS.speakerEnd[l]
      : s.next.fragment
        ? SPEAKER_STRINGS.speakerNextFragment[l]
        : (s.slides[s.next.index]?.title[l] ?? '');
    dom.root.dataset.next = !s.next ? 'end' : s.next.fragment ? 'fragment' : 'slide';
    current.show(s.step, s.slidesLang, s.theme);
    upcoming.show(s.next, s.slidesLang, s.theme);
    if (notesFor !== slide.id) {
      notesFor = slide.id;
      // Build-time HTML from the deck's own compiler (escaped text, no scripts), as in notes.ts.
      dom.notes.innerHTML = notes[slide.id] ?? '';
      markCue(dom.notes);
      dom.notes.scrollTop = 0;
    }
    for (const text of dom.notes.querySelectorAll<HTMLElement>(':scope > .l10n')) text.hidden = text.lang !== l;
    const other = s.langs.find((x) => x !== l);
    dom.buttons.notesLang.hidden = !other;
    if (other) {
      dom.buttons.notesLang.lang = other;
      dom.buttons.notesLang.textContent = SPEAKER_STRINGS.notesIn[other];
    }
    renderTimers(dom, s, l, Date.now());
  };

  // The URL names the deck followed now, so a reload of this view finds it again at once.
  const follow = (deck: string | null): void => {
    following = deck;
    const url = new URL(location.href);
    if (deck) url.searchParams.set(DECK_PARAM, deck);
    else url.searchParams.delete(DECK_PARAM);
    history.replaceState(history.state, '', url);
  };
  channel.addEventListener('message', (e: MessageEvent<unknown>) => {
    const m = asDeckMessage(e.data);
    if (!m) return;
    if (following === null && m.kind === 'state') follow(m.deck);
    if (m.deck !== following) return;
    if (m.kind === 'bye') {
      // That deck closed or reloaded: follow whichever deck answers next (a reload answers at once).
      follow(null);
      state = null;
    } else state = m;
    render(state);
  });
  let unanswered = 0;
  const hello = (): void => {
    // The deck named in ?deck= may be gone (it reloaded while this view was closed, or this is a
    // reload of a view opened long ago): after two unanswered hellos any deck of this browser will do.
    unanswered = state ? 0 : unanswered + 1;
    if (unanswered > 2) follow(null);
    channel.postMessage({ kind: state ? 'ping' : 'hello', view: id } satisfies SpeakerCommand);
  };
  addEventListener('pagehide', () => channel.postMessage({ kind: 'bye', view: id } satisfies SpeakerCommand));
  setInterval(hello, PING_MS);
  setInterval(() => state && lang && renderTimers(dom, state, lang, Date.now()), 1000);

  const click = (b: HTMLButtonElement, action: () => void): void => b.addEventListener('click', action);
  click(dom.buttons.prev, actions.prev);
  click(dom.buttons.next, actions.next);
  click(dom.buttons.pause, actions.toggleTimer);
  click(dom.buttons.reset, actions.resetTimer);
  click(dom.buttons.smaller, actions.smaller);
  click(dom.buttons.larger, actions.larger);
  click(dom.buttons.notesLang, actions.notesLang);
  installSpeakerKeys(actions);
  setSize(size);
  render(null);
  hello();
}
