import type { Lang } from '../../deck/types.ts';
import { SEARCH_STRINGS } from './search-strings.ts';
import type { SearchResult } from './query.ts';

/**
 * One result as an option of the listbox: where it is (the part and the slide's heading) over the
 * matching line, the matches in `<mark>`; a line from the notes says so. A result in the other
 * language carries its `lang`, so it is read and drawn as that language.
 */
function span(className: string, text = ''): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

export function renderResult(result: SearchResult, i: number, uiLang: Lang): HTMLLIElement {
  const { line } = result;
  const li = document.createElement('li');
  li.id = `search-option-${i}`;
  li.className = 'search-result';
  li.setAttribute('role', 'option');
  li.setAttribute('aria-selected', 'false');
  li.dataset.index = String(i);
  li.dataset.slide = line.slide;
  li.dataset.kind = line.kind;
  li.lang = line.lang;

  const where = span('search-where');
  if (line.section) where.append(span('search-section', line.section));
  where.append(span('search-heading', line.heading));
  li.append(where);
  if (line.kind === 'heading') {
    // The heading is the line: mark it in place instead of repeating it.
    where.lastElementChild?.replaceChildren(...marked(result));
    return li;
  }
  const text = span('search-line');
  if (line.kind === 'notes') {
    const tag = span('search-kind', SEARCH_STRINGS.searchNotes[line.lang === 'en' ? 'en' : 'ja']);
    text.append(tag);
  }
  const ellipsis = SEARCH_STRINGS.searchEllipsis[uiLang];
  if (result.cutStart) text.append(ellipsis);
  text.append(...marked(result));
  if (result.cutEnd) text.append(ellipsis);
  li.append(text);
  return li;
}

function marked(result: SearchResult): Node[] {
  return result.pieces.map((p) => {
    if (!p.mark) return document.createTextNode(p.text);
    const mark = document.createElement('mark');
    mark.textContent = p.text;
    return mark;
  });
}
