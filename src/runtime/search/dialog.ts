import type { RevealApi } from 'reveal.js';
import '../../styles/search.css';
import type { Lang } from '../../deck/types.ts';
import { SEARCH_STRINGS } from './search-strings.ts';
import { UI_STRINGS } from '../ui-strings.ts';
import { search, type SearchResult } from './query.ts';
import { buildIndex, type IndexLine } from './slide-index.ts';
import { renderResult } from './result-view.ts';

/**
 * The search dialog: a modal `<dialog>` (showModal: focus stays inside, Esc closes) with the query
 * as a combobox over a listbox of results (aria-activedescendant: focus never leaves the input,
 * so typing goes on while ↑/↓ move through the results). Enter goes to the chosen slide: on the
 * deck through reveal, at the fragment step that shows the matched line; in the reading view
 * through `#/<slide-id>`, which it follows. Loaded on the first open (entry.ts).
 */
export interface ShowOptions {
  deck?: RevealApi | undefined;
  returnTo: HTMLElement | null;
  /** Puts the speaker notes into the page (a chunk of their own, src/runtime/notes.ts). */
  loadNotes: () => Promise<void>;
}

interface Parts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  other: HTMLInputElement;
  otherLabel: HTMLElement;
  status: HTMLElement;
  list: HTMLElement;
  title: HTMLElement;
  close: HTMLButtonElement;
}

const LANGS: readonly Lang[] = ['ja', 'en'];
let parts: Parts | undefined;
let options: ShowOptions = { returnTo: null, loadNotes: () => Promise.resolve() };
let index: IndexLine[] = [];
let results: SearchResult[] = [];
let active = -1;

const uiLang = (): Lang => (document.documentElement.lang === 'en' ? 'en' : 'ja');
const otherLang = (lang: Lang): Lang => (lang === 'ja' ? 'en' : 'ja');

function make<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
}

function build(): Parts {
  const dialog = make('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const head = make('div', { class: 'search-head' });
  const title = make('h2', { id: 'search-title', class: 'search-title' });
  const close = make('button', { type: 'button', class: 'search-close' });
  close.textContent = '×';
  head.append(title, close);
  const input = make('input', {
    type: 'text',
    class: 'search-input',
    role: 'combobox',
    'aria-labelledby': 'search-title',
    'aria-describedby': 'search-status',
    'aria-controls': 'search-results',
    'aria-expanded': 'false',
    'aria-autocomplete': 'list',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'go',
  });
  const otherLabel = make('label', { class: 'search-other' });
  const other = make('input', { type: 'checkbox', class: 'search-other-box' });
  const otherText = make('span');
  otherLabel.append(other, otherText);
  const status = make('p', { id: 'search-status', class: 'search-status', role: 'status' });
  const list = make('ul', { id: 'search-results', class: 'search-results', role: 'listbox' });
  dialog.append(head, input, otherLabel, status, list);
  document.body.append(dialog);

  input.addEventListener('input', () => update());
  other.addEventListener('change', () => update());
  input.addEventListener('keydown', onKey);
  close.addEventListener('click', () => closeDialog());
  // A click on the backdrop (outside the dialog's box) closes it, as Esc does.
  dialog.addEventListener('click', (e) => {
    if (e.target === dialog) {
      const r = dialog.getBoundingClientRect();
      if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) closeDialog();
    }
  });
  list.addEventListener('click', (e) => {
    const option = (e.target as Element).closest<HTMLElement>('[role="option"]');
    if (option) go(Number(option.dataset.index));
  });
  // Keys typed here are the dialog's: reveal (Esc = overview, letters = steps) must not see them.
  dialog.addEventListener('keydown', (e) => e.stopPropagation());
  // Esc: `cancel` comes at once, `close` a task later. Focus leaves the dialog's fields at once, or
  // a Shift key pressed in between would count as typing there (keys.ts, entry.ts) and do nothing.
  dialog.addEventListener('cancel', () => leaveFields(dialog));
  dialog.addEventListener('close', () => restoreFocus(dialog));
  return { dialog, input, other, otherLabel, status, list, title, close };
}

function leaveFields(dialog: HTMLDialogElement): void {
  if (document.activeElement instanceof HTMLElement && dialog.contains(document.activeElement)) document.activeElement.blur();
}

/** Back to the control that opened the dialog; opened by a key on the slide, simply out of it. */
function restoreFocus(dialog: HTMLDialogElement): void {
  const back = options.returnTo;
  if (back?.isConnected && back !== document.body && !dialog.open) back.focus();
  else leaveFields(dialog);
}

function closeDialog(): void {
  if (!parts) return;
  parts.dialog.close();
  restoreFocus(parts.dialog);
}

function localize(p: Parts): void {
  const lang = uiLang();
  p.dialog.lang = lang;
  p.title.textContent = UI_STRINGS.searchOpen[lang];
  p.close.setAttribute('aria-label', SEARCH_STRINGS.searchClose[lang]);
  const text = p.otherLabel.querySelector('span');
  if (text) {
    text.textContent = SEARCH_STRINGS.searchOther[lang];
    // The other language's name is in that language (「English」, “日本語”).
    text.lang = lang;
  }
  p.list.setAttribute('aria-label', SEARCH_STRINGS.searchResults[lang]);
}

function update(): void {
  if (!parts) return;
  const lang = uiLang();
  const langs = parts.other.checked ? [lang, otherLang(lang)] : [lang];
  const query = parts.input.value;
  results = search(index, query, langs);
  active = results.length ? 0 : -1;
  parts.list.replaceChildren(...results.map((r, i) => renderResult(r, i, lang)));
  parts.input.setAttribute('aria-expanded', String(results.length > 0));
  const s = SEARCH_STRINGS;
  // Until the notes are in and the index is built, "nothing found" would be a lie.
  const ready = parts.dialog.dataset.state === 'ready';
  parts.status.textContent = !query.trim()
    ? s.searchHint[lang]
    : !ready
      ? s.searchLoading[lang]
      : results.length
        ? `${results.length}${(results.length === 1 ? s.searchFoundOne : s.searchFound)[lang]}`
        : s.searchNone[lang];
  highlight();
}

function highlight(): void {
  if (!parts) return;
  parts.list.querySelectorAll('[role="option"]').forEach((el, i) => el.setAttribute('aria-selected', String(i === active)));
  const current = parts.list.querySelector<HTMLElement>(`#search-option-${active}`);
  if (current) {
    parts.input.setAttribute('aria-activedescendant', current.id);
    current.scrollIntoView({ block: 'nearest' });
  } else parts.input.removeAttribute('aria-activedescendant');
}

function onKey(e: KeyboardEvent): void {
  // Enter that ends an IME composition (Japanese input) picks a word, not a result.
  if (e.isComposing || e.keyCode === 229) return;
  const move = { ArrowDown: 1, ArrowUp: -1, PageDown: 5, PageUp: -5 }[e.key];
  if (move !== undefined && results.length) {
    e.preventDefault();
    active = Math.max(0, Math.min(results.length - 1, active + move));
    highlight();
  } else if (e.key === 'Enter') {
    e.preventDefault();
    if (active >= 0) go(active);
  }
}

/** Goes to a result's slide and closes the dialog. */
function go(i: number): void {
  const result = results[i];
  if (!parts || !result) return;
  const { slide, fragment } = result.line;
  const target = document.getElementById(slide);
  const deck = options.deck;
  if (deck && target) {
    if (deck.isOverview()) deck.toggleOverview(false);
    const { h, v } = deck.getIndices(target);
    deck.slide(h, v ?? 0, fragment ?? -1);
  } else {
    location.hash = `#/${slide}`;
    // The reading view makes its slides focusable (tabindex -1): reading goes on from there.
    if (target?.hasAttribute('tabindex')) options = { ...options, returnTo: target };
  }
  closeDialog();
}

export async function showSearch(show: ShowOptions): Promise<void> {
  options = show;
  parts ??= build();
  localize(parts);
  if (!parts.dialog.open) parts.dialog.showModal();
  parts.input.focus();
  parts.input.select();
  const dialog = parts.dialog;
  if (dialog.dataset.state !== 'ready') dialog.dataset.state = 'loading';
  update();
  await show.loadNotes();
  index = buildIndex(LANGS);
  dialog.dataset.state = 'ready';
  update();
}
