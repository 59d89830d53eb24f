import type { Localized } from '../deck/types.ts';

/**
 * Every text the deck's own page can put on screen. It lives here, not inline in the controllers,
 * so the build can add these characters to the font subset and a test can check they are covered.
 * The speaker view's and the search dialog's texts live beside their lazy code
 * (speaker/speaker-strings.ts, search/search-strings.ts): in this module they would be part of
 * slide 1's script.
 */
export const UI_STRINGS = {
  /** Each language's name in itself: the language switch shows the one it switches to. */
  languageName: { ja: '日本語', en: 'English' },
  /** The deck's link to its reading view (slides, notes as a transcript): src/runtime/reading/. */
  readingLink: { ja: '全文を読む', en: 'Read the talk' },
  /** Shown instead of the deck when another site frames it (frame-guard.ts). */
  framedOpen: { ja: 'スライドを新しいタブで開く', en: 'Open the slides in a new tab' },
  keyLanguage: { ja: 'スライドの言語を切り替え', en: 'Switch the slides’ language' },
  keyNotesLanguage: { ja: 'ノートの言語を切り替え', en: 'Switch the notes’ language' },
  keyTheme: { ja: '明るい配色／暗い配色を切り替え', en: 'Switch between the light and dark colours' },
  keySpeakerView: { ja: '発表者ビュー', en: 'Speaker view' },
  // Search (src/runtime/search/), in the slides' language.
  searchOpen: { ja: 'スライドとノートを検索', en: 'Search the slides and notes' },
} as const satisfies Record<string, Localized>;

/**
 * The UI texts the deck shows at start, over slide 1. Their characters go into the preloaded part
 * of the font (src/deck/load.ts); every other UI text (the speaker view, dialogs, key help) loads
 * with the rest of the font, after slide 1 is ready. A control visible at start whose text is not
 * listed here fails test/browser/font-subset.test.ts, naming the characters.
 */
export const FIRST_VIEW_UI: readonly (keyof typeof UI_STRINGS)[] = ['languageName', 'readingLink'];
