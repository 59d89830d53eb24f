import { diag } from './diagnostics.ts';
import type { Diagnostic, Lang, SectionSource } from './types.ts';

/**
 * How fast speaker notes can be read aloud: Japanese by characters a minute, English by words a
 * minute. The ranges are natural presenting speeds (about 300–350 characters, 130–150 words); a
 * slide whose notes need more than its `time:` even at the fast end cannot be delivered as written.
 */
export interface ReadingRate {
  unit: 'characters' | 'words';
  slow: number;
  fast: number;
}

export const READING_RATES: Record<Lang, ReadingRate> = {
  ja: { unit: 'characters', slow: 300, fast: 350 },
  en: { unit: 'words', slow: 130, fast: 150 },
};

/**
 * Notes Markdown reduced to what is said: code spans keep their text, link targets, emphasis marks,
 * line-break marks (` \ `) and stage cues in brackets (（クリック）, ▶, "(click)") are dropped.
 */
export function spokenText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[（(](?:クリック|click)[）)]|▶/gi, ' ')
    .replace(/[*`_]+/g, '')
    .replace(/\s\\(?=\s|$)/g, ' ');
}

/** Characters for Japanese (whitespace not counted), words (tokens with a letter or digit) for English. */
export function notesLength(markdown: string, lang: Lang): number {
  const text = spokenText(markdown);
  if (READING_RATES[lang].unit === 'characters') return [...text.replace(/\s+/g, '')].length;
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Seconds needed at the slow and the fast end of the rate, rounded up. */
export function secondsToRead(length: number, rate: ReadingRate): { slow: number; fast: number } {
  return { slow: Math.ceil((length * 60) / rate.slow), fast: Math.ceil((length * 60) / rate.fast) };
}

/**
 * One warning per slide and language whose notes cannot be read in the slide's budget even at the
 * fast end of the rate. Warnings, not errors: a budget can rightly be tight while the deck is
 * being rewritten, and the presenter may choose to skip a sentence.
 */
export function checkReadingTime(sections: readonly SectionSource[], rates = READING_RATES): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const slide of sections.flatMap((s) => s.slides)) {
    for (const [lang, text] of Object.entries(slide.text) as [Lang, NonNullable<(typeof slide.text)[Lang]>][]) {
      const rate = rates[lang];
      const length = notesLength(text.notes, lang);
      const need = secondsToRead(length, rate);
      if (need.fast <= slide.time) continue;
      const fits = Math.floor((slide.time * rate.fast) / 60);
      out.push(
        diag(
          { file: slide.pos.file, line: text.notesLine },
          'notes-too-long',
          `The ${lang} notes of slide "${slide.id}" need ${need.fast}–${need.slow} s to read aloud (${length} ${rate.unit} at ${rate.slow}–${rate.fast} a minute), but its budget is "time: ${slide.time}".`,
          `Raise "time:" to at least ${need.fast} (take the seconds from a slide with slack, so the total stays the same) or cut about ${plural(length - fits, rate.unit)} from the notes.`,
          'warning',
        ),
      );
    }
  }
  return out;
}

function plural(n: number, unit: ReadingRate['unit']): string {
  return `${n} ${n === 1 ? unit.slice(0, -1) : unit}`;
}
