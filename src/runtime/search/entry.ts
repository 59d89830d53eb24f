import type { RevealApi } from 'reveal.js';
import type { Lang } from '../../deck/types.ts';
import { loadSlides } from '../deck-slides.ts';
import { loadNotes } from '../notes.ts';
import { UI_STRINGS } from '../ui-strings.ts';
import type * as Dialog from './dialog.ts';

/**
 * The part of search that ships with slide 1: the keys and the button, nothing else. The dialog,
 * the index and their CSS are a chunk loaded on the first open (dialog.ts).
 *
 * Keys: Shift+F ("find"), as the deck's other keys that do more than a step take Shift, so a slip
 * never opens a dialog over the projected slide; and Ctrl+K / ⌘+K, the web's usual search key.
 * Not `/`: it is reveal's pause (black screen), and shares its key code with `?`, reveal's help.
 * reveal drops Shift+letter before its own bindings (see keys.ts), so these are listened to here,
 * ahead of reveal, and written into its `?` help with registerKeyboardShortcut.
 */
const SEARCH_KEY = 'F';
const BUTTON = 'search-open';
let keysInstalled = false;
let opener: Promise<typeof Dialog> | undefined;

const slidesLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ja');

/** A field that takes text: Shift+F there is a capital F. A checkbox or a button is not one. */
function typingInto(target: EventTarget | null): boolean {
  if (target instanceof HTMLInputElement) return !/^(checkbox|radio|button|submit|reset|range|color|file)$/.test(target.type);
  return target instanceof HTMLElement && (target.isContentEditable || /^(textarea|select)$/i.test(target.tagName));
}

/** Opens the dialog (loading it the first time); `deck` is absent in the reading view. */
export function openSearch(deck?: RevealApi): void {
  const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // The index reads every slide: those after slide 1 may still be on their way (src/runtime/deck-slides.ts).
  opener ??= Promise.all([import('./dialog.ts'), loadSlides().catch(() => false)]).then(([dialog]) => dialog);
  // The deck's own loader also applies the notes' language; the reading view has none.
  const notes = (): Promise<void> => window.loadDeckNotes?.() ?? loadNotes(() => {});
  void opener.then((dialog) => dialog.showSearch({ deck, returnTo: from, loadNotes: notes }));
}

function label(button: HTMLButtonElement): void {
  const text = UI_STRINGS.searchOpen[slidesLang()];
  button.setAttribute('aria-label', text);
  button.title = `${text} (Shift+${SEARCH_KEY})`;
}

function installKeys(deck?: RevealApi): void {
  if (keysInstalled) return;
  keysInstalled = true;
  document.addEventListener(
    'keydown',
    (event) => {
      const shiftF = event.shiftKey && !event.altKey && !event.ctrlKey && !event.metaKey && event.code === `Key${SEARCH_KEY}`;
      const commandK = (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.code === 'KeyK';
      if (!(shiftF || commandK) || (shiftF && typingInto(event.target)) || document.querySelector('dialog.search-dialog[open]')) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      openSearch(deck);
    },
    true,
  );
  // Buttons carry their label in the slides' language, which the deck switches on <html lang>.
  new MutationObserver(() => document.querySelectorAll<HTMLButtonElement>(`.${BUTTON}`).forEach(label)).observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
  });
}

function wire(button: HTMLButtonElement, deck?: RevealApi): HTMLButtonElement {
  label(button);
  button.setAttribute('aria-keyshortcuts', `Shift+${SEARCH_KEY} Control+K Meta+K`);
  button.addEventListener('click', () => openSearch(deck));
  button.hidden = false;
  return button;
}

/** Keeps the deck's button beside the language button, whose width changes with its text. */
function besideLanguageButton(button: HTMLButtonElement): void {
  const pill = document.querySelector<HTMLElement>('.lang-switch');
  if (!pill || typeof ResizeObserver !== 'function') return;
  const place = (): void => {
    const width = pill.hidden ? 0 : pill.getBoundingClientRect().width;
    button.style.setProperty('--search-right', `${12 + (width ? width + 8 : 0)}px`);
  };
  new ResizeObserver(place).observe(pill);
  place();
}

/** The deck: the button in index.html, the keys, and their line in reveal's `?` help. */
export function installSearch(deck: RevealApi): void {
  // The speaker view's previews (?receiver) are this page too, and show the slides only.
  if (new URLSearchParams(location.search).has('receiver')) return;
  const button = document.querySelector<HTMLButtonElement>(`button.${BUTTON}`);
  if (button) {
    wire(button, deck);
    besideLanguageButton(button);
  }
  deck.registerKeyboardShortcut(`Shift + ${SEARCH_KEY} / Ctrl + K`, `${UI_STRINGS.searchOpen.ja} / ${UI_STRINGS.searchOpen.en}`);
  installKeys(deck);
}

/**
 * A search button for another page's header (the reading view's `div.reading-tools`), with the
 * keys. Returns the button, already in the container.
 */
export function mountSearchButton(container: HTMLElement): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = `${BUTTON} ${BUTTON}-inline`;
  button.append(searchIcon());
  container.append(button);
  installKeys();
  return wire(button);
}

/** The magnifier: drawn, not a character, so it needs no glyph from the font subset. */
export function searchIcon(): SVGSVGElement {
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const circle = document.createElementNS(ns, 'circle');
  circle.setAttribute('cx', '10.5');
  circle.setAttribute('cy', '10.5');
  circle.setAttribute('r', '6.5');
  const line = document.createElementNS(ns, 'path');
  line.setAttribute('d', 'M15.5 15.5 21 21');
  svg.append(circle, line);
  return svg;
}

/**
 * The reading view (src/runtime/reading/) builds its page without reveal and says so with a
 * `reading:ready` event (and `data-reading-ready` on <html>): its header's `.reading-tools` then
 * gets the button, and the page the keys. Nothing happens on any other page.
 */
export function searchInReadingView(): void {
  const mount = (): void => {
    const tools = document.querySelector<HTMLElement>('.reading-view .reading-tools');
    if (tools && !tools.querySelector('.search-open')) mountSearchButton(tools);
  };
  if (document.documentElement.dataset.readingReady === 'true') mount();
  document.addEventListener('reading:ready', mount);
}
