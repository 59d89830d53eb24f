import { sectionHtml } from './compile.ts';
import type { Section } from './types.ts';

/**
 * The slides' HTML in the two places a build with `lazySlides` ships it (src/deck/vite-plugin.ts):
 * index.html carries slide 1 in its part's <section>, the rest is a module the page inserts once
 * slide 1 is ready (src/runtime/deck-slides.ts). Slide 1's bytes then no longer grow with the deck.
 */
export interface SplitSlides {
  /** For index.html: the first part's <section> with its first slide only. */
  first: string;
  /** The first part's other slides, to append inside that <section>. */
  inFirst: string;
  /** The other parts, to append after it. */
  after: string;
}

export function splitSlides(sections: readonly Section[]): SplitSlides {
  const [head, ...others] = sections;
  if (!head) return { first: '', inFirst: '', after: '' };
  const [one, ...rest] = head.slides;
  return {
    first: sectionHtml({ ...head, slides: one ? [one] : [] }),
    inFirst: rest.map((s) => `\n${s.html}`).join(''),
    after: others.map((s) => `\n${sectionHtml(s)}`).join(''),
  };
}

/** The whole deck's HTML again, as the browser has it once the rest is inserted (tests hold this to `deck.html`). */
export function joinSlides(split: SplitSlides): string {
  const end = '\n</section>';
  if (!split.first.endsWith(end)) return split.first + split.after;
  return `${split.first.slice(0, -end.length)}${split.inFirst}${end}${split.after}`;
}

/**
 * The module's source. Images in these slides are not in index.html, where Vite would fingerprint
 * them: each root-relative URL the slides use becomes an import Vite resolves to the built file.
 * `images` are the URLs exactly as the slide renderer wrote them into `src="…"`.
 */
export function slidesModule(split: Pick<SplitSlides, 'inFirst' | 'after'>, images: readonly string[]): string {
  const used = images.filter((url) => split.inFirst.includes(`src="${url}"`) || split.after.includes(`src="${url}"`));
  const imports = used.map((url, i) => `import image${i} from ${JSON.stringify(`${url}?url`)};`);
  const literal = (html: string): string =>
    used.reduce(
      (code, url, i) => code.split(JSON.stringify(`src="${url}"`).slice(1, -1)).join(`src=\\"" + image${i} + "\\"`),
      JSON.stringify(html),
    );
  return [...imports, `export const inFirst = ${literal(split.inFirst)};`, `export const after = ${literal(split.after)};`, ''].join('\n');
}
