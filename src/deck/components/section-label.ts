import { escapeHtml } from '../html.ts';
import type { Lang, SectionSource, SlideSource } from '../types.ts';

/** Slides that are themselves a section's start (or the deck's): they carry no label. */
const UNLABELLED = ['title-slide', 'section-title'];

/** A section title split into its speaker and talk title, when it is a talk's: 「speaker「title」」 or "Speaker: “Title”". */
export interface TalkTitle {
  speaker?: string;
  talk: string;
}

export function splitTalkTitle(title: string): TalkTitle {
  const m = /^(.+?さん)\s*(「.+」)$/.exec(title) ?? /^([^:“"]+):\s*([“"].+[”"])$/.exec(title);
  return m?.[1] && m[2] ? { speaker: m[1].trim(), talk: m[2].trim() } : { talk: title };
}

/**
 * The short name of a section, from its front-matter title: for a talk the speaker, which is what a
 * late arrival needs to tell one talk from the other; any other title whole.
 */
export function sectionShortName(title: string): string {
  const { speaker, talk } = splitTalkTitle(title);
  return speaker ?? talk;
}

/** The first line of a slide's text when it is a plain paragraph: a section-title slide's kicker (「補足」). */
function kicker(slide: SlideSource, lang: Lang): string | undefined {
  const first = slide.text[lang]?.body
    .split('\n')
    .find((l) => l.trim())
    ?.trim();
  return first && !/^[#>`:{\-*!\d[]/.test(first) ? first : undefined;
}

/**
 * The label above a content slide's heading: the section's number in the agenda (the deck's first
 * section, the opening, has none) and its short name; after an inner section-title slide (「補足」,
 * the presenter's own examples inside a talk's section) its kicker too, so the room can tell the
 * speaker's content from the presenter's. Generated from the front matter, never typed per slide.
 */
export function sectionLabel(section: SectionSource, slide: SlideSource, lang: Lang, sections: readonly SectionSource[]): string {
  if (slide.classes.some((c) => UNLABELLED.includes(c))) return '';
  const index = sections.indexOf(section);
  const title = section.title[lang] ?? section.title.ja ?? section.slug;
  const at = section.slides.indexOf(slide);
  const part = section.slides
    .slice(1, Math.max(at, 0))
    .filter((s) => s.classes.includes('section-title'))
    .map((s) => kicker(s, lang))
    .at(-1);
  const number = index > 0 ? `<span class="section-number">${index}</span>` : '';
  const name = escapeHtml(sectionShortName(title));
  const sub = part ? `<span class="section-part">${escapeHtml(part)}</span>` : '';
  return `<p class="section-label">${number}<span class="section-name">${name}</span>${sub}</p>\n`;
}
