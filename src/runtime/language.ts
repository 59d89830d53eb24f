import type { RevealApi } from 'reveal.js';
import type { Lang } from '../deck/types.ts';
import { installShiftKeys } from './keys.ts';
import { UI_STRINGS } from './ui-strings.ts';

/**
 * Which language the slides show and, separately, which one the speaker notes are in. Both come
 * from the URL (`?lang=en`, `?noteLang=ja`), else from what this browser chose last time, else the
 * deck's first language. Every slide carries both languages (`div.l10n[lang]`); switching only
 * toggles `hidden`, so the current slide, fragment and deep link stay where they are.
 */
const SLIDE_KEY = 'deck:lang';
const NOTES_KEY = 'deck:notes-lang';
const NOTES_PARAM = 'noteLang';

export interface LanguageState {
  slides: Lang;
  /** Null: the notes follow the slides' language. */
  notes: Lang | null;
}

function isLang(value: string | null, langs: readonly Lang[]): value is Lang {
  return value !== null && (langs as readonly string[]).includes(value);
}

function stored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage can be blocked (file://, privacy settings): the URL still works
  }
}

function store(key: string, value: string | null): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
  } catch {
    /* see stored() */
  }
}

/** Remembers the slides' language as the deck's switch does (the reading view shares the choice). */
export function rememberSlidesLang(lang: Lang): void {
  store(SLIDE_KEY, lang);
}

/** Languages this build carries, read from the slides themselves. */
export function availableLangs(doc: Document = document): Lang[] {
  const first = doc.querySelector('.slides section[id]');
  return [...(first?.querySelectorAll(':scope > .l10n') ?? [])].map((el) => el.getAttribute('lang') as Lang);
}

export function initialLanguage(langs: readonly Lang[], search = location.search): LanguageState {
  const params = new URLSearchParams(search);
  const fallback = langs[0] ?? 'ja';
  const slidesParam = params.get('lang');
  const slides = isLang(slidesParam, langs) ? slidesParam : isLang(stored(SLIDE_KEY), langs) ? (stored(SLIDE_KEY) as Lang) : fallback;
  // `noteLang`, not `notes…`: chosen when reveal's notes plugin (gone since the deck's own speaker view)
  // took any `?notes` URL for its page; kept, since links and README use it.
  const notesParam = params.get(NOTES_PARAM);
  const notes = isLang(notesParam, langs) ? notesParam : isLang(stored(NOTES_KEY), langs) ? (stored(NOTES_KEY) as Lang) : null;
  return { slides, notes };
}

/** Shows one language's text: on the slides, or in the speaker notes. */
function apply(root: ParentNode, selector: string, lang: Lang): void {
  for (const el of root.querySelectorAll<HTMLElement>(selector)) el.hidden = el.lang !== lang;
}

export interface LanguageController {
  state(): LanguageState;
  setSlides(lang: Lang): void;
  setNotes(lang: Lang | null): void;
  /** The language the notes would switch to; undefined in a one-language build. */
  nextNotes(): Lang | undefined;
  /** Switches the notes to the other language (Shift+N, the speaker view's button). */
  toggleNotes(): void;
  /** Applies the current choice again, e.g. to notes that have just been loaded. */
  refresh(): void;
}

export function installLanguage(deck: RevealApi, langs: readonly Lang[], onChange: (state: LanguageState) => void): LanguageController {
  let state = initialLanguage(langs);
  const button = document.querySelector<HTMLButtonElement>('.lang-switch');
  const other = (lang: Lang): Lang => langs.find((l) => l !== lang) ?? lang;

  const render = (): void => {
    const notes = state.notes ?? state.slides;
    document.documentElement.lang = state.slides;
    apply(document, '.slides section[id] > .l10n', state.slides);
    apply(document, '.slides aside.notes > .l10n', notes);
    if (button) {
      const next = other(state.slides);
      // The speaker view's previews (?receiver) show the slides only, without this control.
      button.hidden = langs.length < 2 || new URLSearchParams(location.search).has('receiver');
      button.lang = next;
      button.textContent = UI_STRINGS.languageName[next];
    }
    const url = new URL(location.href);
    url.searchParams.set('lang', state.slides);
    if (state.notes) url.searchParams.set(NOTES_PARAM, state.notes);
    else url.searchParams.delete(NOTES_PARAM);
    if (langs.length > 1 && url.href !== location.href) history.replaceState(history.state, '', url);
    onChange(state);
  };

  const controller: LanguageController = {
    state: () => state,
    setSlides(lang) {
      state = { ...state, slides: lang };
      store(SLIDE_KEY, lang);
      render();
      deck.layout();
    },
    setNotes(lang) {
      state = { ...state, notes: lang };
      store(NOTES_KEY, lang);
      render();
    },
    nextNotes: () => (langs.length > 1 ? other(state.notes ?? state.slides) : undefined),
    toggleNotes() {
      const next = controller.nextNotes();
      if (next) controller.setNotes(next);
    },
    refresh: () => render(),
  };

  render();
  if (langs.length < 2) return controller;
  button?.addEventListener('click', () => controller.setSlides(other(state.slides)));
  installShiftKeys(deck, [
    {
      letter: 'L',
      description: `${UI_STRINGS.keyLanguage.ja} / ${UI_STRINGS.keyLanguage.en}`,
      action: () => controller.setSlides(other(state.slides)),
    },
    {
      letter: 'N',
      description: `${UI_STRINGS.keyNotesLanguage.ja} / ${UI_STRINGS.keyNotesLanguage.en}`,
      action: () => controller.toggleNotes(),
    },
  ]);
  // The speaker view's previews are this page in iframes, and the N key pressed in the speaker
  // view reaches a preview, not this window: every same-origin window follows the stored choice.
  window.addEventListener('storage', (e) => {
    if (e.key === SLIDE_KEY && isLang(e.newValue, langs)) {
      state = { ...state, slides: e.newValue };
      render();
      deck.layout();
    } else if (e.key === NOTES_KEY) {
      state = { ...state, notes: isLang(e.newValue, langs) ? e.newValue : null };
      render();
    }
  });
  return controller;
}
