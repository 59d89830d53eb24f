import { DECK_CONFIG } from '../../deck-config.ts';
import type { Lang } from '../../deck/types.ts';
import { initialLanguage, rememberSlidesLang, type LanguageState } from '../language.ts';
import { UI_STRINGS } from '../ui-strings.ts';
import { describePage } from './page-meta.ts';
import { READING_STRINGS } from './strings.ts';

/**
 * The reading view's language: the same choice as the deck's (`?lang=`, else what this browser
 * chose last, else the first language; `?noteLang=` for the transcript), shown by toggling
 * `hidden` on every `.l10n[lang]` of the article, so nothing is re-rendered and the reader keeps
 * their place. `<html lang>`, the title and the description follow.
 */
export interface ReadingLanguage {
  state(): LanguageState;
  set(lang: Lang): void;
}

export function installReadingLanguage(
  root: HTMLElement,
  button: HTMLButtonElement,
  langs: readonly Lang[],
  onChange: (state: LanguageState) => void,
): ReadingLanguage {
  let state = initialLanguage(langs);
  const other = (lang: Lang): Lang => langs.find((l) => l !== lang) ?? lang;

  const render = (): void => {
    const lang = state.slides;
    const notes = state.notes ?? lang;
    document.documentElement.lang = lang;
    for (const text of root.querySelectorAll<HTMLElement>('.l10n[lang]')) {
      text.hidden = text.lang !== (text.closest('.reading-notes') ? notes : lang);
    }
    // The transcript's own label is in the transcript's language.
    for (const text of root.querySelectorAll<HTMLElement>('[data-reading-text]')) {
      const key = text.dataset.readingText as keyof typeof READING_STRINGS;
      const textLang = text.closest('.reading-notes') ? notes : lang;
      text.lang = textLang;
      text.textContent = READING_STRINGS[key][textLang];
    }
    const next = other(lang);
    button.hidden = langs.length < 2;
    button.lang = next;
    button.textContent = UI_STRINGS.languageName[next];
    document.title = DECK_CONFIG.title[lang];
    describePage(lang);
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    if (langs.length > 1 && url.href !== location.href) history.replaceState(history.state, '', url);
    onChange(state);
  };

  button.addEventListener('click', () => controller.set(other(state.slides)));
  const controller: ReadingLanguage = {
    state: () => state,
    set(lang) {
      state = { ...state, slides: lang };
      rememberSlidesLang(lang);
      render();
    },
  };
  render();
  return controller;
}
