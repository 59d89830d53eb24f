import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { DECK_CONFIG } from '../../deck-config.ts';
import type { DeckState } from './deck-state.ts';

export const SOCIAL_CARD = 'social-card.png';

/**
 * With a public URL (DECK_URL): a canonical link, language alternates, Open Graph and Twitter card
 * tags, and a social card image made from the title slide after the build. Without one, nothing:
 * a card needs an absolute image URL.
 */
export function sharePlugin(state: DeckState, options: { singleFile?: boolean } = {}): Plugin {
  return {
    name: 'deck:share',
    transformIndexHtml: {
      order: 'post',
      handler() {
        const url = state.load().url;
        if (!url || state.config.command === 'serve') return [];
        const [first = 'ja', ...others] = DECK_CONFIG.langs;
        const meta = (property: string, content: string, key = 'property'): HtmlTagDescriptor => ({
          tag: 'meta',
          attrs: { [key]: property, content },
          injectTo: 'head',
        });
        const image = new URL(SOCIAL_CARD, url).href;
        return [
          { tag: 'link', attrs: { rel: 'canonical', href: url }, injectTo: 'head' },
          ...DECK_CONFIG.langs.map((l): HtmlTagDescriptor => ({
            tag: 'link',
            attrs: { rel: 'alternate', hreflang: l, href: `${url}?lang=${l}` },
            injectTo: 'head',
          })),
          meta('og:type', 'website'),
          meta('og:url', url),
          meta('og:title', DECK_CONFIG.title[first]),
          meta('og:description', DECK_CONFIG.description[first]),
          meta('og:locale', first === 'ja' ? 'ja_JP' : 'en_US'),
          ...others.map((l) => meta('og:locale:alternate', l === 'ja' ? 'ja_JP' : 'en_US')),
          meta('og:image', image),
          meta('og:image:width', '1200'),
          meta('og:image:height', '630'),
          meta('og:image:alt', DECK_CONFIG.title[first]),
          meta('twitter:card', 'summary_large_image', 'name'),
          meta('twitter:title', DECK_CONFIG.title[first], 'name'),
          meta('twitter:description', DECK_CONFIG.description[first], 'name'),
          meta('twitter:image', image, 'name'),
        ];
      },
    },
    async closeBundle() {
      if (!state.load().url || options.singleFile || state.config.command === 'serve') return;
      // Loaded only here: building without DECK_URL never needs a browser.
      const { renderSocialCard } = await import('../social-card.ts');
      await renderSocialCard(state.config.build.outDir, join(state.config.build.outDir, SOCIAL_CARD));
      state.config.logger.info(`  social card: ${join(state.config.build.outDir, SOCIAL_CARD)}`);
    },
  };
}
