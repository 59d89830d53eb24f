import type { Lang } from '../../deck/types.ts';
import { SPEAKER_STRINGS } from './speaker-strings.ts';

/**
 * The speaker view's page, built here so speaker.html and index.html?view=speaker (the single
 * file) are the same page. Every text comes from SPEAKER_STRINGS; page.ts fills in the values.
 */
export type SpeakerKey = keyof typeof SPEAKER_STRINGS;

export interface SpeakerDom {
  root: HTMLElement;
  /** Elements whose text is a UI string, re-labelled when the notes' language changes. */
  labelled: [HTMLElement, SpeakerKey, 'text' | 'aria-label' | 'title', string?][];
  section: HTMLElement;
  count: HTMLElement;
  clock: HTMLTimeElement;
  timer: HTMLElement;
  slideTime: HTMLElement;
  pace: HTMLElement;
  talkLeft: HTMLElement;
  currentTitle: HTMLElement;
  currentFrame: HTMLIFrameElement;
  nextText: HTMLElement;
  nextFrame: HTMLIFrameElement;
  notes: HTMLElement;
  waiting: HTMLElement;
  buttons: Record<'pause' | 'reset' | 'smaller' | 'larger' | 'notesLang' | 'prev' | 'next', HTMLButtonElement>;
}

export function buildSpeakerDom(doc: Document): SpeakerDom {
  const labelled: SpeakerDom['labelled'] = [];
  const el = <K extends keyof HTMLElementTagNameMap>(
    tag: K,
    className: string,
    ...children: (Node | string)[]
  ): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (className) e.className = className;
    e.append(...children);
    return e;
  };
  const label = <E extends HTMLElement>(e: E, key: SpeakerKey, how: 'text' | 'aria-label' | 'title' = 'text', prefix?: string): E => {
    labelled.push([e, key, how, prefix]);
    return e;
  };
  const button = (className: string, key: SpeakerKey, keys: string, text?: string): HTMLButtonElement => {
    const b = el('button', className, text ?? '');
    b.type = 'button';
    b.setAttribute('aria-keyshortcuts', keys);
    // A button showing a symbol ("A−") is named by it and the words (WCAG 2.5.3: the name contains the label).
    if (text === undefined) label(b, key);
    else label(label(b, key, 'aria-label', `${text} `), key, 'title');
    return b;
  };
  const figure = (className: string, key: SpeakerKey, value: HTMLElement, ...more: HTMLElement[]): HTMLElement =>
    el('div', `speaker-figure ${className}`, label(el('span', 'speaker-label'), key), value, ...more);

  const buttons: SpeakerDom['buttons'] = {
    pause: button('speaker-pause', 'timerPause', 'Shift+P'),
    reset: button('speaker-reset', 'timerReset', 'Shift+R'),
    smaller: button('speaker-smaller', 'notesSmaller', '-', 'A−'),
    larger: button('speaker-larger', 'notesLarger', '+', 'A+'),
    notesLang: el('button', 'speaker-notes-lang'),
    prev: button('speaker-prev', 'speakerPrev', 'ArrowLeft PageUp'),
    next: button('speaker-next-button', 'speakerForward', 'ArrowRight PageDown Space'),
  };
  buttons.notesLang.type = 'button';
  buttons.notesLang.setAttribute('aria-keyshortcuts', 'Shift+N');

  const frame = (key: SpeakerKey): HTMLIFrameElement => {
    const f = label(el('iframe', ''), key, 'title');
    f.tabIndex = -1;
    return f;
  };
  const dom = {
    section: el('p', 'speaker-section'),
    count: el('p', 'speaker-count'),
    clock: el('time', 'speaker-value'),
    timer: el('span', 'speaker-value'),
    slideTime: el('span', 'speaker-value'),
    pace: el('span', 'speaker-value'),
    talkLeft: el('span', 'speaker-sub'),
    currentTitle: el('p', 'speaker-title'),
    currentFrame: frame('previewCurrent'),
    nextText: el('p', 'speaker-title'),
    nextFrame: frame('previewNext'),
    notes: el('div', 'speaker-notes-text'),
    waiting: el('p', 'speaker-waiting'),
  };
  dom.waiting.setAttribute('role', 'status');
  // Long notes scroll: the box takes focus so the keyboard can scroll it too (↑/↓ there, see keys.ts).
  dom.notes.tabIndex = 0;
  const heading = (key: SpeakerKey, id: string): HTMLElement => {
    const h = label(el('h2', 'speaker-heading'), key);
    h.id = id;
    return h;
  };
  const region = (className: string, id: string, ...children: HTMLElement[]): HTMLElement => {
    const s = el('section', className, ...children);
    s.setAttribute('aria-labelledby', id);
    return s;
  };

  const root = el(
    'main',
    'speaker',
    el('header', 'speaker-bar', dom.section, dom.count, figure('speaker-clock', 'speakerClock', dom.clock)),
    el(
      'div',
      'speaker-pacing',
      figure('speaker-slide-time', 'speakerOnSlide', dom.slideTime),
      figure('speaker-pace', 'speakerPace', dom.pace, dom.talkLeft),
      figure('speaker-timer', 'speakerTimer', dom.timer, el('span', 'speaker-timer-buttons', buttons.pause, buttons.reset)),
    ),
    region(
      'speaker-current',
      'speaker-current-h',
      heading('speakerCurrent', 'speaker-current-h'),
      el('div', 'speaker-frame', dom.currentFrame),
      dom.currentTitle,
    ),
    region(
      'speaker-upcoming',
      'speaker-next-h',
      heading('speakerNext', 'speaker-next-h'),
      dom.nextText,
      el('div', 'speaker-frame', dom.nextFrame),
    ),
    region(
      'speaker-notes',
      'speaker-notes-h',
      el('div', 'speaker-notes-head', heading('speakerNotes', 'speaker-notes-h'), buttons.smaller, buttons.larger, buttons.notesLang),
      dom.notes,
    ),
    el('nav', 'speaker-nav', buttons.prev, buttons.next),
    dom.waiting,
  );
  const nav = root.querySelector<HTMLElement>('.speaker-nav');
  if (nav) label(nav, 'speakerNav', 'aria-label');
  return { root, labelled, buttons, ...dom };
}

/** Writes every UI string in one language (the notes'). */
export function labelSpeakerDom(dom: SpeakerDom, lang: Lang): void {
  dom.root.lang = lang;
  for (const [e, key, how, prefix = ''] of dom.labelled) {
    const text = prefix + SPEAKER_STRINGS[key][lang];
    if (how === 'text') e.textContent = text;
    else e.setAttribute(how, text);
  }
}
