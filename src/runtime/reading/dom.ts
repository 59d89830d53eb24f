import type { Lang } from '../../deck/types.ts';
import type { READING_STRINGS } from './strings.ts';

/** A small element factory: the reading view's markup, built without innerHTML. */
export function el(tag: string, attrs: Record<string, string> = {}, children: readonly (Node | string)[] = []): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** One span per language (`.l10n[lang]`); the language switch shows the current one. */
export function localized(langs: readonly Lang[], text: (lang: Lang) => string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [i, lang] of langs.entries()) {
    const span = el('span', { class: 'l10n', lang }, [text(lang)]);
    span.hidden = i > 0;
    fragment.append(span);
  }
  return fragment;
}

/** A text of READING_STRINGS, written in the current language whenever it changes (see language.ts). */
export function textKey(key: keyof typeof READING_STRINGS): HTMLElement {
  return el('span', { 'data-reading-text': key });
}
