import type { RevealApi } from 'reveal.js';
import type { NotesPlugin } from 'reveal.js/plugin/notes';
import type { Lang } from '../deck/types.ts';
import { UI_STRINGS } from './ui-strings.ts';

/**
 * The speaker view (reveal's notes plugin, ~20 KB gzip with its own Markdown parser) is loaded the
 * first time someone presses S, not for every reader on a phone. Its popup window then talks to
 * this page through postMessage as usual.
 */
export interface SpeakerView {
  open(): Promise<void>;
  /** Sends the current notes again, e.g. after the notes' language changed. */
  refresh(): void;
  /** Whether its window is open: the projected slide then shows no UI. */
  isOpen(): boolean;
}

/**
 * The popup is a document of its own, styled by the plugin with system fonts: on a laptop without
 * Japanese fonts the notes would be tofu. It gets the deck's @font-face rules (absolute URLs, as
 * about:blank has no useful base) and uses the deck's face for the notes.
 */
function styleSpeakerWindow(win: Window): void {
  const faces = document.getElementById('deck-fonts')?.textContent ?? '';
  const absolute = faces.replace(/url\("(?!data:)([^"]+)"\)/g, (_m, url: string) => `url("${new URL(url, document.baseURI).href}")`);
  const style = win.document.createElement('style');
  style.textContent = [
    absolute,
    '.speaker-controls-notes .value{font-family:"Deck Noto Sans JP",sans-serif;line-height:1.7}',
    '.speaker-controls-notes [hidden]{display:none!important}',
    '.deck-notes-lang{float:right;font:14px "Deck Noto Sans JP",sans-serif;padding:4px 12px;border:1px solid #888;border-radius:999px;background:#fff;color:#222;cursor:pointer}',
  ].join('\n');
  win.document.head.append(style);
}

/** The notes' language as the speaker view's button sees it: the one it would switch to, and how. */
export interface NotesLanguage {
  nextNotes(): Lang | undefined;
  toggleNotes(): void;
}

/** A button in the speaker view's notes header: the presenter switches the notes' language there. */
function addNotesLanguageButton(win: Window, notes: NotesLanguage): () => void {
  const header = win.document.querySelector('.speaker-controls-notes .label');
  const button = win.document.createElement('button');
  button.type = 'button';
  button.className = 'deck-notes-lang';
  const update = (): void => {
    const next = notes.nextNotes();
    button.hidden = !next;
    if (next) {
      button.lang = next;
      button.textContent = UI_STRINGS.notesIn[next];
    }
  };
  button.addEventListener('click', () => notes.toggleNotes());
  header?.append(button);
  update();
  return update;
}

export function installSpeakerView(deck: RevealApi, loadNotes: () => Promise<void>, notesLanguage: NotesLanguage): SpeakerView {
  let loading: Promise<NotesPlugin> | undefined;
  let updateButton: (() => void) | undefined;
  let speakerWindow: Window | null = null;
  const open = async (): Promise<void> => {
    loading ??= import('reveal.js/plugin/notes').then(({ default: Notes }) => {
      const plugin = Notes();
      deck.registerPlugin(plugin);
      return plugin;
    });
    const [plugin] = await Promise.all([loading, loadNotes()]);
    // The plugin keeps its window to itself; borrow window.open for the one call that makes it.
    const nativeOpen = window.open;
    let popup: Window | null = null;
    window.open = (...args: Parameters<typeof window.open>) => (popup = nativeOpen.apply(window, args));
    try {
      plugin.open();
    } finally {
      window.open = nativeOpen;
    }
    const win = popup as Window | null;
    speakerWindow = win;
    if (win && !win.closed) {
      styleSpeakerWindow(win);
      updateButton = addNotesLanguageButton(win, notesLanguage);
      void whenPreviewsReady(win).then(() => view.refresh());
    }
  };
  deck.addKeyBinding(
    { keyCode: 83, key: 'S', description: `${UI_STRINGS.keySpeakerView.ja} / ${UI_STRINGS.keySpeakerView.en}` },
    () => void open(),
  );
  const view: SpeakerView = {
    open,
    isOpen: () => !!speakerWindow && !speakerWindow.closed,
    refresh() {
      // The plugin posts the notes on a fixed list of deck events and has no public "send now";
      // 'previewiframe' is one it listens for and that nothing else in this deck uses.
      if (loading) deck.getRevealElement()?.dispatchEvent(new CustomEvent('previewiframe'));
      updateButton?.();
    },
  };
  return view;
}

/**
 * The plugin sends the first state as soon as the popup connects; a preview iframe that is still
 * loading misses it, and "upcoming" then shows the current slide until the presenter moves.
 * Resolves once both previews have their deck ready (or after 10 s), so the state can be sent again.
 */
function whenPreviewsReady(win: Window): Promise<void> {
  const started = Date.now();
  const ready = (): boolean => {
    const frames = [...win.document.querySelectorAll('iframe')];
    // Previews this page cannot look into (file:// gives them opaque origins): give them a moment.
    if (frames.some((f) => !f.contentDocument)) return Date.now() - started > 1500;
    return frames.length === 2 && frames.every((f) => f.contentDocument?.documentElement?.dataset.deckReady === 'true');
  };
  return new Promise((resolve) => {
    const poll = (): void => {
      if (win.closed || ready() || Date.now() - started > 10_000) resolve();
      else setTimeout(poll, 150);
    };
    poll();
  });
}
