import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * reveal.css styles every transition, fragment effect and view reveal offers; this deck uses a
 * few, and slide 1 downloads all of it (11.5 KB of its ~15 KB of CSS, gzip). The rules below can
 * never match here, because the deck's own checks never let their classes or attributes through:
 * - transitions other than fade/none: src/runtime/reveal-config.ts picks those two, and slides
 *   cannot set `data-transition` or `data-background-transition` (slide-attributes.ts: SLIDE_ATTRIBUTES);
 * - fragment effects other than the plain fade: slides may only use `.fragment` of reveal's classes
 *   (render.ts: KNOWN_CLASSES);
 * - views and controls the deck turns off or never builds: right-to-left, embedded, the jump-to
 *   input, the media play button, the auto-slide playback, zoom, reveal's notes pane.
 * A rule stays if any of its selectors may match. Everything else passes through untouched.
 */
const NEVER = [
  /\[data-transition[~]?=(?!fade|none)/,
  /\[data-background-transition=(?!fade|none)/,
  /\.reveal\.(?:slide|convex|concave|zoom)\b/,
  /\.fragment\.(?:grow|shrink|zoom-in|fade-up|fade-down|fade-left|fade-right|strike|highlight-[a-z-]+|fade-in-then-out|current-visible|fade-in-then-semi-out|semi-fade-out|fade-out)\b/,
  /\.roll\b/,
  /\.rtl\b/,
  /\.reveal\.embedded\b/,
  /\.jump-to-slide/,
  /\.r-media-play-button/,
  /\.playback\b/,
  /\.zoomed\b/,
  /\.speaker-notes\b(?!-pdf)/,
  // Link, image and video previews (data-preview-*, previewLinks): slides cannot set them, and the
  // help overlay (`?`), which shares .r-overlay, uses none of these parts (it does use -viewport, -header, -close and -help).
  /\.r-overlay-(?:spinner|preview|external|error)\b/,
  /\.show-notes\b/,
];

const REVEAL_CSS = /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css(?:\?|$)/;

export async function trimRevealCss(css: string): Promise<string> {
  // Loaded only on a cache miss (see below): importing PostCSS alone cost each build ~60 ms.
  const { default: postcss } = await import('postcss');
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as { name: string }).name)) return;
    const keep = rule.selectors.filter((s) => !NEVER.some((re) => re.test(s)));
    if (!keep.length) rule.remove();
    else if (keep.length < rule.selectors.length) rule.selectors = keep;
  });
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return root.toString();
}

/** The trimmed CSS, cached on disk by the input and the rules above: reveal.css rarely changes. */
export function revealCssTrimPlugin(): Plugin {
  let cacheDir = '';
  return {
    name: 'deck:reveal-css-trim',
    enforce: 'pre',
    configResolved(config) {
      cacheDir = join(config.cacheDir, 'deck-css');
    },
    async transform(code, id) {
      if (!REVEAL_CSS.test(id)) return undefined;
      const key = createHash('sha256')
        .update(`${NEVER.join('\n')}\n${code}`)
        .digest('hex')
        .slice(0, 16);
      const file = join(cacheDir, `reveal-${key}.css`);
      try {
        return { code: readFileSync(file, 'utf8'), map: null };
      } catch {
        const trimmed = await trimRevealCss(code);
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(file, trimmed);
        return { code: trimmed, map: null };
      }
    },
  };
}
