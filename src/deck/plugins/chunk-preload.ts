import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { READING_MAX_WIDTH } from '../../runtime/reading/view-choice.ts';
import { NOTES_MODULE, resolvedId, SLIDES_MODULE } from './virtual-modules.ts';

const REVEAL_MODULE = /[\\/]node_modules[\\/]reveal\.js[\\/]/;
const READING_MODULE = /[\\/]src[\\/]runtime[\\/]reading[\\/]reading-view\.ts$/;
const LAZY_MODULES = new Set([resolvedId(NOTES_MODULE), resolvedId(SLIDES_MODULE)]);

/**
 * src/main.ts imports what each view needs lazily, and the HTML asks for it beside the entry, by
 * the screen width that picks the view (src/runtime/reading/view-choice.ts):
 *
 * - reveal.js, for screens wider than the reading view's default. On a phone the page is the reading
 *   view, which never constructs reveal, and evaluating its 120 KB there was the reading view's
 *   longest task (Lighthouse mobile: total blocking time 120–170 ms). A phone that opens the slides
 *   fetches it on import.
 * - the reading view's chunks, the speaker notes and the slides after slide 1, for screens no wider
 *   than that: discovered only once the entry had run, they were a third round trip before the first
 *   paint (Lighthouse mobile: the title slide's transcript is the largest paint). A phone that opens
 *   the slides (`?view=slides`, the live audience) needs the slides too, and fetches the rest for
 *   nothing: 22 KB. The reading view's font parts are preloaded
 *   the same way, by src/deck/plugins/fonts-plugin.ts.
 *
 * Scripts only. The reading view's CSS (3 KB) is left to Vite's loader: preloaded, it warned
 * "preloaded but not used" on a phone that opens the slides, and Lighthouse's LCP was 1.81–1.83 s
 * with it against 1.66–1.69 s without (three and five runs).
 */
export function chunkPreloadPlugin(options: { singleFile?: boolean } = {}): Plugin {
  let base = '/';
  return {
    name: 'deck:chunk-preload',
    apply: 'build',
    configResolved(c) {
      base = c.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (options.singleFile || !ctx.bundle || !html.includes('class="reveal"')) return [];
        const bundle = ctx.bundle as unknown as OutputBundle;
        const preload = (files: string[], media: string): HtmlTagDescriptor[] =>
          files
            // Nothing the HTML already references (the entry script; an entry that imports reveal
            // statically, as a test fixture's does) twice.
            .filter((f) => !html.includes(f))
            .map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: base + f, media }, injectTo: 'head' }));
        return [
          ...preload(revealChunks(bundle), `(min-width: ${READING_MAX_WIDTH + 1}px)`),
          ...preload(readingChunks(bundle), `(max-width: ${READING_MAX_WIDTH}px)`),
        ];
      },
    },
  };
}

/** The chunks holding reveal.js's own modules, by the modules they hold (Rolldown leaves facadeModuleId unset on them). */
export function revealChunks(bundle: OutputBundle): string[] {
  return chunksOf(bundle)
    .filter((c) => !c.isEntry && c.moduleIds.some((id) => REVEAL_MODULE.test(id)))
    .map((c) => c.fileName);
}

/**
 * The reading view's chunk with the chunks it imports statically, the notes chunk and the chunk of
 * the slides after slide 1 (the reading view shows them all); not the entry, which the page loads
 * anyway. Empty for a bundle without the reading view.
 */
export function readingChunks(bundle: OutputBundle): string[] {
  const chunks = chunksOf(bundle);
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (c: OutputChunk | undefined): void => {
    if (!c || c.isEntry || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const f of c.imports) visit(byName.get(f));
  };
  for (const c of chunks) if (c.moduleIds.some((id) => READING_MODULE.test(id) || LAZY_MODULES.has(id))) visit(c);
  return [...seen];
}

function chunksOf(bundle: OutputBundle): OutputChunk[] {
  return Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
}
