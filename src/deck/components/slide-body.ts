import type { Lang, SectionSource, SlideSource } from '../types.ts';
import { sectionLabel } from './section-label.ts';
import { keepRunsTogether, softenBreaks } from './typeset.ts';

export interface SlideBodyContext {
  section: SectionSource;
  slide: SlideSource;
  lang: Lang;
  sections: readonly SectionSource[];
}

/**
 * What the design adds to every slide's rendered body at build time, in one call from the
 * compiler: the section label above the heading, dates and numbers with units kept on one line, and
 * body text wrapping to the slide's width instead of at hand-placed breaks (title and section-title
 * slides keep theirs: their lines are set like a poster's).
 */
export function decorateSlideBody(html: string, { section, slide, lang, sections }: SlideBodyContext): string {
  const poster = slide.classes.some((c) => POSTER.includes(c));
  const body = keepRunsTogether(poster ? html : softenBreaks(html, lang), lang);
  const heading = /<h[12][^>]*>([\s\S]*?)<\/h[12]>/
    .exec(html)?.[1]
    ?.replace(/<[^>]*>/g, '')
    .trim();
  const label = sectionLabel(section, slide, lang, sections);
  // A slide whose heading is the section's own name (the ranking) would say it twice.
  const redundant = heading && label.includes(`>${heading}</span>`);
  return `${redundant ? '' : label}${body}`;
}

const POSTER = ['title-slide', 'section-title'];
