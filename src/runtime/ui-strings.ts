import type { Localized } from '../deck/types.ts';

/**
 * Every text the runtime can put on screen. It lives here, not inline in the controllers, so the
 * build can add these characters to the font subset and a test can check they are covered.
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
  /** The speaker view's notes-language button, written in the language it switches to. */
  notesIn: { ja: 'ノートを日本語で', en: 'Notes in English' },
  // The speaker view (speaker.html), in the notes' language.
  speakerCurrent: { ja: '現在', en: 'Now' },
  speakerNext: { ja: '次のステップ', en: 'Next step' },
  speakerNextFragment: { ja: '同じスライドの続き', en: 'More on this slide' },
  speakerEnd: { ja: '最後のステップです', en: 'This is the last step' },
  speakerNotes: { ja: 'ノート', en: 'Notes' },
  speakerOnSlide: { ja: 'このスライド', en: 'This slide' },
  speakerPace: { ja: '全体のペース', en: 'Whole talk' },
  speakerTalkLeft: { ja: '残り', en: 'left' },
  speakerTimer: { ja: 'タイマー', en: 'Timer' },
  speakerClock: { ja: '時刻', en: 'Clock' },
  timerStart: { ja: '開始', en: 'Start' },
  timerPause: { ja: '一時停止', en: 'Pause' },
  timerReset: { ja: 'リセット', en: 'Reset' },
  notesSmaller: { ja: 'ノートの文字を小さく', en: 'Smaller notes' },
  notesLarger: { ja: 'ノートの文字を大きく', en: 'Larger notes' },
  speakerTitle: { ja: '発表者ビュー', en: 'Speaker view' },
  speakerNav: { ja: 'スライドの移動', en: 'Move through the slides' },
  speakerSlideCount: { ja: 'スライド', en: 'Slide' },
  timerResume: { ja: '再開', en: 'Resume' },
  keyTimerToggle: { ja: 'タイマーの一時停止・再開', en: 'Pause or resume the timer' },
  keyTimerReset: { ja: 'タイマーをリセット', en: 'Reset the timer' },
  speakerPrev: { ja: '前へ', en: 'Previous' },
  speakerForward: { ja: '次へ', en: 'Next' },
  previewCurrent: { ja: '現在のスライドのプレビュー', en: 'Preview of the current slide' },
  previewNext: { ja: '次のステップのプレビュー', en: 'Preview of the next step' },
  speakerWaiting: {
    ja: 'スライドの画面と接続していません。スライドを開いて S を押すか、同じブラウザでスライドを開いてください。',
    en: 'Not connected to the slides. Open the deck and press S, or open the deck in this browser.',
  },
  // Search (src/runtime/search/), in the slides' language.
  searchOpen: { ja: 'スライドとノートを検索', en: 'Search the slides and notes' },
  searchOther: { ja: 'English も検索', en: 'Also search 日本語' },
  searchResults: { ja: '検索結果', en: 'Results' },
  searchFound: { ja: '件', en: ' results' },
  searchFoundOne: { ja: '件', en: ' result' },
  searchNone: { ja: '見つかりませんでした', en: 'Nothing found' },
  searchLoading: { ja: '読み込み中…', en: 'Loading…' },
  searchHint: {
    ja: '見出し・本文・ノートから探します。↑↓で選んでEnterで移動',
    en: 'Headings, slide text and notes. ↑↓ to choose, Enter to go there',
  },
  searchNotes: { ja: 'ノート', en: 'Notes' },
  searchClose: { ja: '閉じる', en: 'Close' },
  /** Around a line cut short in a result. */
  searchEllipsis: { ja: '…', en: '…' },
} as const satisfies Record<string, Localized>;

/**
 * The UI texts the deck shows at start, over slide 1. Their characters go into the preloaded part
 * of the font (src/deck/load.ts); every other UI text (the speaker view, dialogs, key help) loads
 * with the rest of the font, after slide 1 is ready. A control visible at start whose text is not
 * listed here fails test/browser/font-subset.test.ts, naming the characters.
 */
export const FIRST_VIEW_UI: readonly (keyof typeof UI_STRINGS)[] = ['languageName', 'readingLink'];
