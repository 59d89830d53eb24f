import '../../styles/reading.css';
import '../../styles/reading-components.css';
import '../../styles/reading-contents.css';
import '../../styles/reading-print.css';
import { availableLangs } from '../language.ts';
import { loadNotes } from '../notes.ts';
import { startTheme, type ThemeController } from '../theme.ts';
import { buildArticle } from './build.ts';
import { el, textKey } from './dom.ts';
import { installReadingLanguage } from './language-switch.ts';
import { installNavigation, installViewLinks, refreshViewLinks } from './navigation.ts';
import { READING_STRINGS } from './strings.ts';

/**
 * The reading view (`?view=read`, and phones by default: see view-choice.ts). reveal is never
 * constructed: the slides in index.html are rearranged into one article (build.ts) with the
 * speaker notes, from the deck's lazy notes chunk, as an open transcript under each slide.
 *
 * The header holds the way back to the slides, the language switch and `div.reading-tools`, where
 * other features put their controls (the search button). When the article is complete,
 * `<html data-reading-ready>` is set and `reading:ready` fires on the document.
 */
export async function startReading(): Promise<void> {
  const theme = startTheme();
  const source = document.querySelector<HTMLElement>('.reveal');
  if (!source) throw new Error('index.html has no .reveal element');
  const langs = availableLangs();
  // Notes first: they go into each slide as reveal expects them (aside.notes), and the article
  // is built once, complete, so nothing below the first screen shifts when they arrive.
  await loadNotes(() => {});
  const article = buildArticle(source, langs);

  const toSlides = el('a', { class: 'reading-to-slides', href: '?view=slides', 'data-view-link': 'slides' }, [textKey('toSlides')]);
  const button = el('button', { class: 'reading-lang', type: 'button' }) as HTMLButtonElement;
  const light = themeButton(theme);
  const header = el('header', { class: 'reading-header' }, [toSlides, el('div', { class: 'reading-tools' }), light, button]);
  const main = el('main', { class: 'reading-main', id: 'reading-main' }, [article.root]);
  const view = el('div', { class: 'reveal reading-view' }, [header, main]);
  source.replaceWith(view);
  document.querySelector('.lang-switch')?.remove();
  // `print-pdf` switches off reveal.css's own print sheet (`html:not(.print-pdf) .reveal …`: every
  // block `display: block`, 20 pt text, !important): the article prints by reading.css instead.
  document.documentElement.classList.add('reading', 'print-pdf');

  // The slide being read: "view as slides" opens the deck on it.
  let current: string | undefined;
  installReadingLanguage(view, button, langs, (state) => {
    light.setAttribute('aria-label', READING_STRINGS.lightColours[state.slides]);
    refreshViewLinks(view, current);
  });
  installViewLinks(view, () => current);
  installNavigation(article.slides, (id) => {
    current = id;
    refreshViewLinks(header, id);
  });
  refreshViewLinks(view, current);

  await document.fonts.ready;
  document.documentElement.dataset.readingReady = 'true';
  document.dispatchEvent(new Event('reading:ready'));
}

/**
 * The colour scheme, a toggle (the deck's Shift+T is a reveal key): a drawn sun-and-moon disc, so
 * its name is spoken, not drawn (aria-label, in the page's language; aria-pressed when light).
 */
function themeButton(theme: ThemeController): HTMLButtonElement {
  const button = el('button', { class: 'reading-theme', type: 'button' }) as HTMLButtonElement;
  const show = (): void => button.setAttribute('aria-pressed', String(theme.current() === 'light'));
  button.addEventListener('click', () => {
    theme.toggle();
    show();
  });
  show();
  return button;
}
