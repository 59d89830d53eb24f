import type { OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';
import { READING_MAX_WIDTH } from '../../runtime/reading/view-choice.ts';

const REVEAL_MODULE = /[\\/]node_modules[\\/]reveal\.js[\\/]/;

/**
 * reveal.js is imported lazily by src/main.ts: on a phone the page is the reading view, which
 * never constructs reveal, and evaluating its 120 KB there was the reading view's longest task
 * (Lighthouse mobile: total blocking time 120–170 ms). The deck needs it at once, so the HTML
 * preloads it for screens wider than the reading view's default: slide 1 fetches it beside the
 * entry script, as when it was part of it. A phone that opens the slides fetches it on import.
 */
export function revealPreloadPlugin(options: { singleFile?: boolean } = {}): Plugin {
  let base = '/';
  return {
    name: 'deck:reveal-preload',
    apply: 'build',
    configResolved(c) {
      base = c.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (options.singleFile || !ctx.bundle || !html.includes('class="reveal"')) return [];
        const files = revealChunks(ctx.bundle as unknown as OutputBundle).filter((f) => !html.includes(f));
        // An entry that imports reveal statically (a test fixture's) has nothing to preload; the deck's
        // own preload is checked by test/browser/budgets.test.ts.
        const media = `(min-width: ${READING_MAX_WIDTH + 1}px)`;
        return files.map((f) => ({ tag: 'link', attrs: { rel: 'modulepreload', href: base + f, media }, injectTo: 'head' }));
      },
    },
  };
}

/** The chunks holding reveal.js's own modules, by the modules they hold (Rolldown leaves facadeModuleId unset on them). */
export function revealChunks(bundle: OutputBundle): string[] {
  return Object.values(bundle)
    .filter((c): c is OutputChunk => c.type === 'chunk' && !c.isEntry && c.moduleIds.some((id) => REVEAL_MODULE.test(id)))
    .map((c) => c.fileName);
}
