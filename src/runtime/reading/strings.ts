import type { Localized } from '../../deck/types.ts';

/**
 * The reading view's own texts. Kept out of UI_STRINGS (which slide 1's script carries) because
 * only the lazy reading chunk shows them; src/deck/load.ts adds them to the font subset.
 */
export const READING_STRINGS = {
  contents: { ja: '目次', en: 'Contents' },
  transcript: { ja: 'トランスクリプト', en: 'Transcript' },
  toSlides: { ja: 'スライドで見る', en: 'View as slides' },
  thisSlide: { ja: 'スライドで見る', en: 'View as a slide' },
  slideNumber: { ja: 'スライド', en: 'Slide' },
  linkToSlide: { ja: 'このスライドへのリンク', en: 'Link to this slide' },
  codeLabel: { ja: 'コード', en: 'Code' },
  toTop: { ja: '目次へ', en: 'Back to contents' },
  notesLoading: { ja: 'トランスクリプトを読み込んでいます', en: 'Loading the transcript' },
} as const satisfies Record<string, Localized>;
