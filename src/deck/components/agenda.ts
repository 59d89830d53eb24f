import { escapeHtml } from '../html.ts';
import type { Component } from './component.ts';

/**
 * The agenda, built from the sections themselves so it can never drift from the deck:
 * every section after the title, linked to its first slide.
 */
export const agenda: Component = {
  args: [],
  render(_args, { lang, sections }) {
    const items = sections
      .slice(1)
      .filter((s) => s.title[lang])
      .map((s) => `<li><a href="#/${s.slides[0]?.id ?? ''}">${escapeHtml(s.title[lang] ?? '')}</a></li>`);
    return `<ol class="agenda">${items.join('')}</ol>`;
  },
};
