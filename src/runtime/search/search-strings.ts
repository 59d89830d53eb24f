import type { Localized } from '../../deck/types.ts';

/**
 * The search dialog's texts (src/runtime/search/), in the slides' language.
 * Beside its lazy code, not in ui-strings.ts, so slide 1's script does not carry it; the build adds
 * its characters to the font subset (src/deck/load.ts).
 */
export const SEARCH_STRINGS = {
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
