import type { OutputBundle, OutputChunk } from 'rolldown';
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { READING_MAX_WIDTH } from '../../runtime/reading/view-choice.ts';

const READING_MODULE = /[\\/]src[\\/]runtime[\\/]reading[\\/]reading-view\.ts$/;
const NOTES_MODULE = '\0virtual:deck-notes';

/**
 * A phone opens the reading view (src/runtime/reading/view-choice.ts), which src/main.ts imports
 * with the speaker notes: discovered only once the entry has run, they were a third round trip
 * before the first paint (Lighthouse mobile: the title slide's transcript is the largest paint).
 * The HTML asks for them itself, for screens no wider than the reading view's default, so they
 * load beside the entry; the deck (wider screens) never fetches them at start. A phone that opens
 * the slides (`?view=slides`, the live audience) fetches them for nothing: 22 KB. The reading view's
 * font parts are preloaded the same way, by src/deck/plugins/fonts-plugin.ts.
 */
export function readingPreloadPlugin(options: { singleFile?: boolean } = {}): Plugin {
  let base = '/';
  return {
    name: 'deck:reading-preload',
    apply: 'build',
    configResolved(c) {
      base = c.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (options.singleFile || !ctx.bundle || !html.includes('class="reveal"')) return [];
        const media = `(max-width: ${READING_MAX_WIDTH}px)`;
        // Scripts only. The reading view's CSS (3 KB) is left to Vite's loader: preloaded, it warned
        // "preloaded but not used" on a phone that opens the slides, and Lighthouse's LCP was
        // 1.81–1.83 s with it against 1.66–1.69 s without (three and five runs).
        const tags: HtmlTagDescriptor[] = readingChunks(ctx.bundle as unknown as OutputBundle).map((f) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', href: base + f, media },
          injectTo: 'head',
        }));
        // Nothing the HTML already references (the entry script, imported by the reading chunk) twice.
        return tags.filter((t) => !html.includes(String(t.attrs?.href).slice(base.length)));
      },
    },
  };
}

/**
 * The reading view's chunk with the chunks it imports statically, and the notes chunk; not the
 * entry, which the page loads anyway. Empty for a bundle without the reading view.
 */
export function readingChunks(bundle: OutputBundle): string[] {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const visit = (c: OutputChunk | undefined): void => {
    if (!c || c.isEntry || seen.has(c.fileName)) return;
    seen.add(c.fileName);
    for (const f of c.imports) visit(byName.get(f));
  };
  for (const c of chunks) if (c.moduleIds.some((id) => READING_MODULE.test(id) || id === NOTES_MODULE)) visit(c);
  return [...seen];
}
