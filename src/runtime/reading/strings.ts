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
  codeLabel: { ja: 'コード', en: 'Code' },
  lightColours: { ja: '明るい配色', en: 'Light colours' },
} as const satisfies Record<string, Localized>;
