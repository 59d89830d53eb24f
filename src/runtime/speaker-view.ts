import type { RevealApi } from 'reveal.js';
import type { Lang } from '../deck/types.ts';
import type { LanguageController } from './language.ts';
import type { SpeakerLink } from './speaker-link.ts';
import { asSpeakerCommand, DECK_PARAM, SPEAKER_CHANNEL, SPEAKER_VIEW, windowId, type DeckMessage } from './speaker-protocol.ts';
import { UI_STRINGS } from './ui-strings.ts';

/**
 * The deck's side of its own speaker view (src/runtime/speaker/): S opens the view in a popup,
 * and any speaker view of this browser (speaker.html on a second screen) can join over the
 * channel. This part is always there and small: the key, who is listening, and whether a view is
 * open (the projected slide then carries no UI). The rest loads with the first view (speaker-link.ts).
 */
export interface SpeakerView {
  open(): void;
  /** Sends the state again, e.g. after the notes' language changed. */
  refresh(): void;
  /** Whether a speaker view is open. */
  isOpen(): boolean;
}

/** A view that has not pinged for this long is gone (closed without a goodbye, or its tab asleep). */
const VIEW_TIMEOUT_MS = 5000;

/** The speaker view's address: its own page, or in the single-file build a mode of this one. */
function speakerUrl(deck: string): string {
  const single = import.meta.env.MODE === 'single';
  const url = new URL(single ? location.href : new URL('speaker.html', location.href));
  url.hash = '';
  url.search = '';
  if (single) url.searchParams.set('view', SPEAKER_VIEW);
  url.searchParams.set(DECK_PARAM, deck);
  return url.href;
}

export function installSpeakerView(deck: RevealApi, language: LanguageController, langs: readonly Lang[]): SpeakerView {
  const id = windowId();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(SPEAKER_CHANNEL) : undefined;
  const post = (m: DeckMessage): void => channel?.postMessage(m);
  const views = new Map<string, number>();
  let link: Promise<SpeakerLink> | undefined;
  let popup: Window | null = null;
  const connect = (): Promise<SpeakerLink> =>
    (link ??= import('./speaker-link.ts').then(({ createSpeakerLink }) => createSpeakerLink(deck, language, langs, id, post)));

  channel?.addEventListener('message', (e: MessageEvent<unknown>) => {
    const c = asSpeakerCommand(e.data);
    if (!c) return;
    if (!('view' in c)) {
      if (c.deck === id) void connect().then((l) => l.obey(c));
    } else if (c.kind === 'bye') views.delete(c.view);
    else {
      views.set(c.view, Date.now());
      if (c.kind === 'hello')
        void connect().then((l) => {
          l.joined();
          l.send();
        });
    }
  });
  addEventListener('pagehide', () => post({ kind: 'bye', deck: id }));

  const open = (): void => {
    void connect();
    if (popup && !popup.closed) popup.focus();
    // A named window: S again brings the same one back instead of opening a second.
    else popup = window.open(speakerUrl(id), 'deck-speaker-view', 'popup,width=1280,height=800');
  };
  deck.addKeyBinding({ keyCode: 83, key: 'S', description: `${UI_STRINGS.keySpeakerView.ja} / ${UI_STRINGS.keySpeakerView.en}` }, open);
  return {
    open,
    refresh: () => void link?.then((l) => l.send()),
    isOpen() {
      const now = Date.now();
      for (const [view, seen] of views) if (now - seen > VIEW_TIMEOUT_MS) views.delete(view);
      return (!!popup && !popup.closed) || views.size > 0;
    },
  };
}
