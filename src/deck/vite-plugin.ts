import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { formatDiagnostic, hasErrors } from './diagnostics.ts';
import type { Lang } from './types.ts';
import { watchSlides } from './plugins/dev-server.ts';
import { DeckState } from './plugins/deck-state.ts';
import { chunkPreloadPlugin } from './plugins/chunk-preload.ts';
import { fontsPlugin } from './plugins/fonts-plugin.ts';
import { revealCssTrimPlugin } from './plugins/reveal-css-trim.ts';
import { securityPlugin, singleFileCspPlugin } from './plugins/security-plugin.ts';
import { sharePlugin } from './plugins/share-plugin.ts';
import { NOTES_MODULE, resolvedId, SLIDES_MODULE } from './plugins/virtual-modules.ts';
import { slidesModule, splitSlides, type SplitSlides } from './slide-split.ts';
import type { Deck } from './types.ts';

export interface SlidesOptions {
  /** Folder of slide files, relative to the Vite root. Default `slides`. */
  dir?: string;
  /** Comment in index.html replaced by the slides. Default `<!--deck:slides-->`. */
  placeholder?: string;
  /** Languages every slide must have. Default: DECK_CONFIG.langs. */
  langs?: readonly Lang[];
  /** Build one self-contained HTML file (scripts, styles and fonts inline). Default false. */
  singleFile?: boolean;
  /**
   * index.html carries slide 1 only; the other slides are the `virtual:deck-slides` module, which
   * the page inserts (src/runtime/deck-slides.ts does). Build only: the dev server and the single
   * file always carry every slide, and the module is then empty. Default false.
   */
  lazySlides?: boolean;
}

/**
 * The deck's Vite plugins. `deck:slides` compiles `slides/*.md` into static <section> HTML in
 * index.html at build time and fails the build (or shows the dev overlay) on bad input; the others
 * subset and preload the Japanese font and set the deck's security headers.
 */
export function slides(options: SlidesOptions = {}): Plugin[] {
  const placeholder = options.placeholder ?? '<!--deck:slides-->';
  const state = new DeckState(options.dir ?? 'slides', options.langs);
  const lazy = (): boolean => Boolean(options.lazySlides) && !options.singleFile && state.config.command === 'build';
  const modules = new Set([NOTES_MODULE, SLIDES_MODULE]);
  // index.html and the slides module are cut from the same split: made once per compiled deck.
  const splits = new WeakMap<Deck, SplitSlides>();
  const split = (deck: Deck): SplitSlides => {
    const made = splits.get(deck) ?? splitSlides(deck.sections);
    splits.set(deck, made);
    return made;
  };

  const compiler: Plugin = {
    name: 'deck:slides',
    configResolved(c) {
      state.config = c;
    },
    buildStart() {
      state.invalidate();
      const l = state.load();
      for (const f of l.files) this.addWatchFile(resolve(state.config.root, f.path));
      for (const d of l.deck.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      if (hasErrors(l.deck.diagnostics)) this.error(state.error(l));
    },
    // The notes, and the slides after slide 1, as modules the runtime imports only when they are
    // needed (see src/runtime/notes.ts and src/runtime/deck-slides.ts).
    resolveId(id) {
      return modules.has(id) ? resolvedId(id) : undefined;
    },
    load(id) {
      if (id === resolvedId(SLIDES_MODULE)) {
        const l = state.load();
        return slidesModule(lazy() ? split(l.deck) : { inFirst: '', after: '' }, l.images);
      }
      if (id !== resolvedId(NOTES_MODULE)) return undefined;
      const notes = Object.fromEntries(state.load().deck.sections.flatMap((s) => s.slides.map((sl) => [sl.id, sl.notes])));
      return `export default ${JSON.stringify(notes)};`;
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html, ctx) {
        const l = state.load();
        if (hasErrors(l.deck.diagnostics)) throw state.error(l);
        // Pages that carry no slides (speaker.html reads them from the deck) pass through; the deck must have them.
        if (!html.includes(placeholder)) {
          if (/(^|\/)index\.html$/.test(ctx.path)) throw new Error(`index.html has no "${placeholder}" where the slides go.`);
          return html;
        }
        state.served = l.deck;
        const lazyHere = lazy() && /(^|\/)index\.html$/.test(ctx.path);
        return html.replace(placeholder, () => (lazyHere ? split(l.deck).first : l.deck.html));
      },
    },
    configureServer(server: ViteDevServer) {
      watchSlides(server, state, resolvedId(NOTES_MODULE));
    },
  };

  const plugins = [
    compiler,
    fontsPlugin(state, { inline: options.singleFile }),
    revealCssTrimPlugin(),
    chunkPreloadPlugin({ singleFile: options.singleFile }),
    securityPlugin(state, { singleFile: options.singleFile }),
    sharePlugin(state, { singleFile: options.singleFile }),
  ];
  if (options.singleFile) plugins.push(viteSingleFile({ removeViteModuleLoader: true }) as Plugin, singleFileCspPlugin());
  return plugins;
}
