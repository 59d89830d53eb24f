import type { Lang } from '../../deck/types.ts';
import { UI_STRINGS } from '../ui-strings.ts';
import { READ_VIEW, viewUrl } from './view-choice.ts';

/**
 * The deck's visible way into the reading view: `a.reading-link` in index.html, in the corner
 * opposite the language button (src/styles/reading-link.css; hidden with the rest of the UI while
 * presenting, in print and in the speaker view's previews). It opens the slide on screen.
 */
export function installReadingLink(): (lang: Lang) => void {
  const link = document.querySelector<HTMLAnchorElement>('a.reading-link');
  if (!link) return () => {};
  // The speaker view's previews (?receiver) show the slides only.
  link.hidden = new URLSearchParams(location.search).has('receiver');
  // reveal keeps the slide in the hash: the link is made when it is followed.
  const refresh = (): void => {
    link.href = viewUrl(READ_VIEW);
  };
  link.addEventListener('click', refresh);
  link.addEventListener('contextmenu', refresh);
  return (lang) => {
    link.lang = lang;
    link.textContent = UI_STRINGS.readingLink[lang];
    refresh();
  };
}
