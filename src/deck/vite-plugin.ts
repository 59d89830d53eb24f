import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { HtmlTagDescriptor, Plugin, ResolvedConfig, ViteDevServer } from 'vite';
import { DECK_CONFIG } from '../deck-config.ts';
import { codeFrame, formatDiagnostic, hasErrors } from './diagnostics.ts';
import { contentSecurityPolicy, securityHeaders } from './csp.ts';
import { buildSubsets, fontFaceCss, type FontSubset } from './fonts.ts';
import { loadDeck, type LoadedDeck } from './load.ts';

export interface SlidesOptions {
  /** Folder of slide files, relative to the Vite root. Default `slides`. */
  dir?: string;
  /** Comment in index.html replaced by the slides. Default `<!--deck:slides-->`. */
  placeholder?: string;
}

/** An error Vite can show with a code frame: in the terminal on build, as the overlay in dev. */
interface DeckBuildError extends Error {
  id?: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
  plugin?: string;
}

/**
 * Compiles `slides/*.md` into static <section> HTML in index.html at build time, subsets and
 * preloads the Japanese font, and sets the deck's security headers. Dev mode recompiles and reloads
 * when a slide file changes, and shows slide errors in Vite's overlay.
 */
export function slides(options: SlidesOptions = {}): Plugin[] {
  const dir = options.dir ?? 'slides';
  const placeholder = options.placeholder ?? '<!--deck:slides-->';
  let config: ResolvedConfig;
  let loaded: LoadedDeck | undefined;
  let subsets: FontSubset[] = [];

  const load = (): LoadedDeck => (loaded ??= loadDeck(config.root, { dir }));
  const toError = (l: LoadedDeck): DeckBuildError => {
    const errors = l.deck.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const err: DeckBuildError = new Error(`${errors.length} problem(s) in the slides:\n${errors.map(formatDiagnostic).join('\n')}`);
    if (first) {
      err.id = resolve(config.root, first.file);
      err.loc = { file: err.id, line: first.line, column: first.column ?? 1 };
      const text = l.files.find((f) => f.path === first.file)?.text;
      if (text) err.frame = codeFrame(text, first.line, first.column);
    }
    err.plugin = 'deck:slides';
    err.stack = '';
    return err;
  };
  const fontDir = (): string => (config.command === 'serve' ? '/@deck-fonts/' : `${config.base}assets/`);

  const compiler: Plugin = {
    name: 'deck:slides',
    configResolved(c) {
      config = c;
    },
    buildStart() {
      loaded = undefined;
      const l = load();
      for (const f of l.files) this.addWatchFile(resolve(config.root, f.path));
      for (const d of l.deck.diagnostics) if (d.severity === 'warning') this.warn(formatDiagnostic(d));
      if (hasErrors(l.deck.diagnostics)) this.error(toError(l));
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const l = load();
        if (hasErrors(l.deck.diagnostics)) throw toError(l);
        if (!html.includes(placeholder)) throw new Error(`index.html has no "${placeholder}" where the slides go.`);
        return html.replace(placeholder, () => l.deck.html);
      },
    },
    configureServer(server: ViteDevServer) {
      const slidesDir = resolve(server.config.root, dir);
      server.watcher.add(slidesDir);
      const onChange = (file: string): void => {
        if (!file.startsWith(slidesDir)) return;
        loaded = undefined;
        subsets = [];
        const l = load();
        if (hasErrors(l.deck.diagnostics)) {
          const err = toError(l);
          server.hot.send({
            type: 'error',
            err: { message: err.message, stack: '', id: err.id, frame: err.frame, plugin: err.plugin, loc: err.loc },
          });
        } else server.hot.send({ type: 'full-reload' });
      };
      server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
    },
  };

  const fonts: Plugin = {
    name: 'deck:fonts',
    async buildStart() {
      subsets = await buildSubsets(load().chars, join(config.cacheDir, 'deck-fonts'));
    },
    configureServer(server) {
      server.middlewares.use('/@deck-fonts/', (req, res, next) => {
        const subset = subsets.find((s) => req.url === `/${s.fileName}`);
        if (!subset) return next();
        res.setHeader('Content-Type', 'font/woff2');
        res.end(subset.woff2);
      });
    },
    generateBundle() {
      for (const s of subsets) this.emitFile({ type: 'asset', fileName: `assets/${s.fileName}`, source: s.woff2 });
    },
    transformIndexHtml: {
      order: 'post',
      async handler() {
        if (!subsets.length) subsets = await buildSubsets(load().chars, join(config.cacheDir, 'deck-fonts'));
        // Preload what slide 1 draws; the notes face loads only if notes are shown (PDF handout).
        const tags: HtmlTagDescriptor[] = subsets
          .filter((s) => s.source.role !== 'notes')
          .map((s) => ({
            tag: 'link',
            attrs: { rel: 'preload', href: `${fontDir()}${s.fileName}`, as: 'font', type: 'font/woff2', crossorigin: '' },
            injectTo: 'head-prepend',
          }));
        tags.push({ tag: 'style', attrs: { id: 'deck-fonts' }, children: fontFaceCss(subsets, fontDir()), injectTo: 'head' });
        return tags;
      },
    },
  };

  const security: Plugin = {
    name: 'deck:security',
    config() {
      return { preview: { headers: securityHeaders() } };
    },
    transformIndexHtml: {
      order: 'post',
      handler() {
        if (config.command === 'serve') return [];
        return [
          {
            tag: 'meta',
            attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy({}, true) },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
    writeBundle() {
      // `_headers` is read by Netlify and Cloudflare Pages; other hosts: see README.
      const rules = Object.entries(securityHeaders()).map(([k, v]) => `  ${k}: ${v}`);
      writeFileSync(
        join(config.build.outDir, '_headers'),
        `/*\n${rules.join('\n')}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
      );
    },
  };

  return [compiler, fonts, security];
}

export { DECK_CONFIG };
