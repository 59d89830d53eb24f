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

/** Virtual module holding every slide's notes HTML, keyed by slide id. */
export const NOTES_MODULE = 'virtual:deck-notes';

export interface SlidesOptions {
  /** Folder of slide files, relative to the Vite root. Default `slides`. */
  dir?: string;
  /** Comment in index.html replaced by the slides. Default `<!--deck:slides-->`. */
  placeholder?: string;
  /** Languages every slide must have. Default: DECK_CONFIG.langs. */
  langs?: readonly Lang[];
  /** Build one self-contained HTML file (scripts, styles and fonts inline). Default false. */
  singleFile?: boolean;
}

/**
 * The deck's Vite plugins. `deck:slides` compiles `slides/*.md` into static <section> HTML in
 * index.html at build time and fails the build (or shows the dev overlay) on bad input; the others
 * subset and preload the Japanese font and set the deck's security headers.
 */
export function slides(options: SlidesOptions = {}): Plugin[] {
  const placeholder = options.placeholder ?? '<!--deck:slides-->';
  const state = new DeckState(options.dir ?? 'slides', options.langs);

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
    // The notes, as a module the runtime imports only when they are needed (see src/runtime/notes.ts).
    resolveId(id) {
      return id === NOTES_MODULE ? `\0${NOTES_MODULE}` : undefined;
    },
    load(id) {
      if (id !== `\0${NOTES_MODULE}`) return undefined;
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
        return html.replace(placeholder, () => l.deck.html);
      },
    },
    configureServer(server: ViteDevServer) {
      watchSlides(server, state, `\0${NOTES_MODULE}`);
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
