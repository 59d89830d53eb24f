import type { Lang, SectionSource, SlideSource } from '../types.ts';
import { sectionLabel } from './section-label.ts';
import { keepCodeTogether, keepPhrasesTogether, keepRunsTogether, markJapanese, softenBreaks } from './typeset.ts';

export interface SlideBodyContext {
  section: SectionSource;
  slide: SlideSource;
  lang: Lang;
  sections: readonly SectionSource[];
}

/**
 * What the design adds to every slide's rendered body at build time, in one call from the
 * compiler: the section label above the heading, dates and numbers with units kept on one line,
 * Japanese phrases that must not split (a formal noun and its word, names joined by 「×」), Japanese
 * quoted on an English slide marked as Japanese, and
 * body text wrapping to the slide's width instead of at hand-placed breaks (title and section-title
 * slides keep theirs: their lines are set like a poster's).
 */
export function decorateSlideBody(html: string, { section, slide, lang, sections }: SlideBodyContext): string {
  const poster = slide.classes.some((c) => POSTER.includes(c));
  const runs = keepCodeTogether(keepRunsTogether(poster ? html : softenBreaks(html, lang), lang));
  const body = lang === 'ja' ? keepPhrasesTogether(runs) : markJapanese(runs);
  const heading = /<h[12][^>]*>([\s\S]*?)<\/h[12]>/
    .exec(html)?.[1]
    ?.replace(/<[^>]*>/g, '')
    .trim();
  const label = sectionLabel(section, slide, lang, sections);
  // A slide whose heading is the section's own name (the ranking) would say it twice: it keeps only
  // the number badge, so the section's colour stays and the heading sits at the height it has on
  // every other slide (without a label it sat 20 px higher).
  const redundant = heading && label.includes(`>${heading}</span>`);
  const badgeOnly = label.includes('section-number') ? label.replace(/<span class="section-name">.*?<\/span>/, '') : '';
  return `${redundant ? badgeOnly : label}${body}`;
}

const POSTER = ['title-slide', 'section-title'];
