/** The deck's languages. Japanese is the first language; every slide and note exists in both. */
export const LANGS = ['ja', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A position in a slide file, 1-based, kept from parsing to the error message. */
export interface SourcePos {
  file: string;
  line: number;
  column?: number;
}

export type Severity = 'error' | 'warning';

/** A problem found in the slide sources. Parsers return these instead of throwing. */
export interface Diagnostic extends SourcePos {
  severity: Severity;
  /** Stable machine-readable code, e.g. `unknown-language`. */
  code: string;
  message: string;
  hint?: string;
}

/** One language's text of a slide: body and speaker notes, as Markdown with the line each starts on. */
export interface LocalizedText {
  body: string;
  /** File line of the body's first non-blank line (its "--- <lang>" line when the body is empty). */
  bodyLine: number;
  /** File line of the "--- <lang>" marker itself: what a missing notes block is reported at. */
  bodyMarkLine: number;
  notes: string;
  /** Like bodyLine, for the notes; 0 when the slide has no notes block in this language. */
  notesLine: number;
}

/** A slide as written in a file: attributes plus text per language. Nothing rendered yet. */
export interface SlideSource {
  id: string;
  pos: SourcePos;
  /** Time budget in seconds (reveal's `data-timing`). */
  time: number;
  classes: string[];
  background?: string;
  /** `list`: every top-level list item becomes a fragment. */
  fragments?: 'list';
  text: Partial<Record<Lang, LocalizedText>>;
}

/** A slide file: one top-level reveal.js section, holding its slides as vertical slides. */
export interface SectionSource {
  file: string;
  /** Slug of the section, from the file name (`03-walti.md` → `walti`). */
  slug: string;
  /** Title per language, shown in the agenda and in the overview's aria labels. */
  title: Partial<Record<Lang, string>>;
  slides: SlideSource[];
}

/** A rendered slide, ready to be placed into index.html. */
export interface Slide {
  id: string;
  time: number;
  /** Title per language: the text of the slide's one heading. */
  title: Record<Lang, string>;
  /** The slide's <section>, without its notes. */
  html: string;
  /** Inner HTML of its `<aside class="notes">`: one `div.l10n[lang]` per language. */
  notes: string;
}

export interface Section {
  slug: string;
  file: string;
  title: Record<Lang, string>;
  slides: Slide[];
}

/** The compiled deck: what the Vite plugin puts into index.html and what tests inspect. */
export interface Deck {
  sections: Section[];
  /** The slides' <section> HTML for index.html. Notes are not in it: see `notesHtml`. */
  html: string;
  /**
   * Every slide's notes as `<aside class="notes" data-slide="id">`. They ship in a chunk the
   * browser loads only for the speaker view or a print with notes: most readers never need them.
   */
  notesHtml: string;
  /** Every character that can appear on a slide, for the font subset. */
  text: string;
  totalSeconds: number;
  diagnostics: Diagnostic[];
}

/** A text in every language of the deck. */
export type Localized = Record<Lang, string>;
