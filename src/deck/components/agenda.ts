import { escapeHtml } from '../html.ts';
import type { Lang } from '../types.ts';
import type { Component } from './component.ts';
import { splitTalkTitle } from './section-label.ts';

const MINUTES: Record<Lang, (m: number) => string> = { ja: (m) => `${m}分`, en: (m) => `${m} min` };

/** Whole minutes of a section's time budgets; anything under a minute still shows as 1. */
export function sectionMinutes(seconds: number): number {
  return Math.max(1, Math.round(seconds / 60));
}

/**
 * The agenda, built from the sections themselves so it can never drift from the deck: every
 * section after the title, linked to its first slide, in two levels: the talk's title, its speaker
 * below it, and the minutes its slides' time budgets give it.
 */
export const agenda: Component = {
  args: {},
  render(_args, { lang, sections }) {
    const items = sections
      .slice(1)
      .filter((s) => s.title[lang])
      .map((s) => {
        const { speaker, talk } = splitTalkTitle(s.title[lang] ?? '');
        const minutes = sectionMinutes(s.slides.reduce((sum, slide) => sum + slide.time, 0));
        return [
          // The id is escaped too: a bad one fails the build (bad-slide-id), but the dev preview still shows it.
          `<li><a class="agenda-item" href="#/${escapeHtml(s.slides[0]?.id ?? '')}">`,
          `<span class="agenda-title">${escapeHtml(talk)}</span>`,
          speaker ? `<span class="agenda-speaker">${escapeHtml(speaker)}</span>` : '',
          `<span class="agenda-minutes">${MINUTES[lang](minutes)}</span>`,
          `</a></li>`,
        ].join('');
      });
    return `<ol class="agenda">${items.join('')}</ol>`;
  },
};
