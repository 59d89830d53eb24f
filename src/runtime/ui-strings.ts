import type { Localized } from '../deck/types.ts';

/**
 * Every text the runtime can put on screen. It lives here, not inline in the controllers, so the
 * build can add these characters to the font subset and a test can check they are covered.
 */
export const UI_STRINGS = {
  /** Each language's name in itself: the language switch shows the one it switches to. */
  languageName: { ja: '日本語', en: 'English' },
  keyLanguage: { ja: 'スライドの言語を切り替え', en: 'Switch the slides’ language' },
  keyNotesLanguage: { ja: 'ノートの言語を切り替え', en: 'Switch the notes’ language' },
  keySpeakerView: { ja: '発表者ビュー', en: 'Speaker view' },
  /** The speaker view's notes-language button, written in the language it switches to. */
  notesIn: { ja: 'ノートを日本語で', en: 'Notes in English' },
} as const satisfies Record<string, Localized>;
