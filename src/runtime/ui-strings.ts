import type { Localized } from '../deck/types.ts';

/**
 * Every text the runtime can put on screen. It lives here, not inline in the controllers, so the
 * build can add these characters to the font subset and a test can check they are covered.
 */
export const UI_STRINGS = {
  skipHint: { ja: '← → キーで移動、S キーで発表者ビュー', en: '← → to move, S for the speaker view' },
  slideLabel: { ja: 'スライド', en: 'Slide' },
} as const satisfies Record<string, Localized>;
