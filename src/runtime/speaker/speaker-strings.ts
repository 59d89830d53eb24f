import type { Localized } from '../../deck/types.ts';

/**
 * The speaker view's texts (speaker.html), in the notes' language.
 * Beside its lazy code, not in ui-strings.ts, so slide 1's script does not carry it; the build adds
 * its characters to the font subset (src/deck/load.ts).
 */
export const SPEAKER_STRINGS = {
  /** The speaker view's notes-language button, written in the language it switches to. */
  notesIn: { ja: 'ノートを日本語で', en: 'Notes in English' },
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
} as const satisfies Record<string, Localized>;
