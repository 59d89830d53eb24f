import { join } from 'node:path';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { buildSubsets, fontFaceCss, fullFaces, type FontSubset } from '../fonts.ts';
import { READING_MAX_WIDTH } from '../../runtime/reading/view-choice.ts';
import type { DeckState } from './deck-state.ts';

/**
 * Subsets the Japanese font to the deck's characters and declares it in an inline <style> in
 * index.html, preloading what slide 1 draws: the font requests start with the HTML, not after the
 * CSS. `inline: true` (the single-file build) embeds the fonts as data: URLs instead.
 */
export function fontsPlugin(state: DeckState, options: { inline?: boolean } = {}): Plugin {
  let subsets: FontSubset[] = [];
  const cacheDir = (): string => join(state.config.cacheDir, 'deck-fonts');
  // The dev server serves the source fonts whole: see fullFaces().
  const ensure = async (): Promise<FontSubset[]> =>
    subsets.length
      ? subsets
      : (subsets = state.config.command === 'serve' ? fullFaces() : await buildSubsets(state.load().chars, cacheDir()));
  const url = (s: FontSubset): string => {
    if (options.inline) return `data:font/woff2;base64,${s.woff2.toString('base64')}`;
    return state.config.command === 'serve' ? `/@deck-fonts/${s.fileName}` : `${state.config.base}assets/${s.fileName}`;
  };

  return {
    name: 'deck:fonts',
    async buildStart() {
      if (state.config.command === 'serve') return;
      subsets = [];
      await ensure();
    },
    configureServer(server) {
      server.middlewares.use('/@deck-fonts/', (req, res, next) => {
        const subset = subsets.find((s) => req.url === `/${s.fileName}`);
        if (!subset) return next();
        res.setHeader('Content-Type', subset.fileName.endsWith('.ttf') ? 'font/ttf' : 'font/woff2');
        res.end(subset.woff2);
      });
    },
    generateBundle() {
      if (options.inline) return;
      for (const s of subsets) this.emitFile({ type: 'asset', fileName: `assets/${s.fileName}`, source: s.woff2 });
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        const all = await ensure();
        // Preload what slide 1 draws: the first part of the regular and bold faces; and on a phone,
        // whose first view is the reading view (src/runtime/reading/view-choice.ts), their reading
        // parts too. The rest of each loads once slide 1 is ready (src/runtime/first-view.ts), the
        // notes face only if notes are shown, the code face when a slide with code comes near.
        // Nothing to preload in dev.
        const phone = `(max-width: ${READING_MAX_WIDTH}px)`;
        const tags: HtmlTagDescriptor[] =
          options.inline || state.config.command === 'serve'
            ? []
            : all
                .filter((s) => (s.source.role === 'regular' || s.source.role === 'bold') && s.part !== 'rest')
                .map((s) => ({
                  tag: 'link',
                  attrs: {
                    rel: 'preload',
                    href: url(s),
                    as: 'font',
                    type: 'font/woff2',
                    crossorigin: '',
                    ...(s.part === 'reading' ? { media: phone } : {}),
                  },
                  // Media queries of a mobile page are evaluated against 980 px until the viewport meta
                  // tag is read: a phone's preload goes after it.
                  injectTo: s.part === 'reading' ? 'head' : 'head-prepend',
                }));
        tags.push({ tag: 'style', attrs: { id: 'deck-fonts' }, children: fontFaceCss(all, url), injectTo: 'head' });
        return tags;
      },
    },
  };
}
