import postcss from 'postcss';
import type { Plugin } from 'vite';

/**
 * reveal.css styles every transition, fragment effect and view reveal offers; this deck uses a
 * few, and slide 1 downloads all of it (11.5 KB of its ~15 KB of CSS, gzip). The rules below can
 * never match here, because the deck's own checks never let their classes or attributes through:
 * - transitions other than fade/none: src/runtime/reveal-config.ts picks those two, and slides
 *   cannot set `data-transition` (parse.ts: SLIDE_ATTRIBUTES);
 * - fragment effects other than the plain fade: slides may only use `.fragment` of reveal's classes
 *   (render.ts: KNOWN_CLASSES);
 * - views and controls the deck turns off or never builds: right-to-left, embedded, the jump-to
 *   input, the media play button, the auto-slide playback, zoom, reveal's notes pane.
 * A rule stays if any of its selectors may match. Everything else passes through untouched.
 */
const NEVER = [
  /\[data-transition[~]?=(?!fade|none)/,
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
  /\.show-notes\b/,
];

const REVEAL_CSS = /[\\/]reveal\.js[\\/]dist[\\/]reveal\.css(?:\?|$)/;

export function trimRevealCss(css: string): string {
  const root = postcss.parse(css);
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as postcss.AtRule).name)) return;
    const keep = rule.selectors.filter((s) => !NEVER.some((re) => re.test(s)));
    if (!keep.length) rule.remove();
    else if (keep.length < rule.selectors.length) rule.selectors = keep;
  });
  root.walkAtRules((at) => {
    if (at.nodes?.length === 0) at.remove();
  });
  return root.toString();
}

export function revealCssTrimPlugin(): Plugin {
  return {
    name: 'deck:reveal-css-trim',
    enforce: 'pre',
    transform(code, id) {
      return REVEAL_CSS.test(id) ? { code: trimRevealCss(code), map: null } : undefined;
    },
  };
}
