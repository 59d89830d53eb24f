import type { Lang } from '../deck/types.ts';
import { CLOSE, type Clock, type DriverId, type NavAction, type Position } from '../protocol/live-protocol.ts';
import type { LiveStatus } from './live-socket.ts';
import { LIVE_STRINGS as S } from './live-strings.ts';
import { formatDuration, formatSlideTime, pacing, type Pacing } from './pacing.ts';
import { nextStep, slideIndex, type RemoteSlide } from './remote-deck.ts';
import type { AwakeState } from './wake-lock.ts';
import { markCue } from './cue-line.ts';

/** What the remote says about the phone's screen; nothing while it is kept on or not yet known. */
const AWAKE_TEXT: Partial<Record<AwakeState, keyof typeof S>> = {
  insecure: 'awakeInsecure',
  unsupported: 'awakeUnsupported',
  denied: 'awakeDenied',
};

/** Everything the remote shows, as plain data; remote.ts updates it from the relay. */
export interface RemoteModel {
  slides: RemoteSlide[];
  notes: Readonly<Record<string, string>>;
  lang: Lang;
  notesSize: number;
  status: LiveStatus;
  closeCode: number | undefined;
  everOpen: boolean;
  /** This remote's number; undefined until welcomed. */
  me: number | undefined;
  driver: DriverId;
  screen: boolean;
  position: Position | null;
  blank: boolean;
  clock: Clock;
  /** performance.now() when `clock` arrived: the timers run on from there. */
  clockAt: number;
  /** Whether the phone's screen is kept on (wake-lock.ts). */
  awake: AwakeState;
}

export interface RemoteActions {
  nav(action: NavAction): void;
  takeOver(): void;
  resetTimer(): void;
  toggleLang(): void;
  resize(delta: number): void;
}

export interface RemoteView {
  render(m: RemoteModel): void;
  renderTimers(m: RemoteModel): void;
  swipeArea: HTMLElement;
}

/**
 * "+0:40 behind" / 「0:40 遅れ」, as the speaker view writes it (pacing.ts's formatDelta), with the
 * words from LIVE_STRINGS: importing ui-strings here would make it a chunk both pages share.
 */
function delta(p: Pick<Pacing, 'delta' | 'status'>, l: Lang): string {
  if (p.status === 'on-time') return S.onTime[l];
  const amount = formatDuration(Math.abs(p.delta));
  if (l === 'ja') return `${amount} ${p.status === 'behind' ? S.behind.ja : S.ahead.ja}`;
  return p.status === 'behind' ? `+${amount} ${S.behind.en}` : `−${amount} ${S.ahead.en}`;
}

function status(m: RemoteModel): string {
  const l = m.lang;
  if (m.status === 'ended') return m.closeCode === CLOSE.badToken ? S.linkInvalid[l] : S.reconnecting[l];
  if (m.status !== 'open') return m.everOpen ? S.reconnecting[l] : S.connecting[l];
  if (!m.screen) return S.screenMissing[l];
  if (m.driver !== null && m.driver === m.me) return S.youDrive[l];
  if (m.driver === null) return S.nobodyDrives[l];
  return `${S.remoteName[l]}${m.driver}${S.isDriving[l]}`;
}

export function createRemoteView(doc: Document, actions: RemoteActions): RemoteView {
  const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
    const el = doc.getElementById(id);
    if (!el) throw new Error(`remote.html has no #${id}`);
    return el as T;
  };
  const root = doc.querySelector<HTMLElement>('main.remote') ?? doc.body;
  const [prev, next, blank, reset, take, lang] = [
    'remote-prev',
    'remote-next-button',
    'remote-blank',
    'remote-reset',
    'remote-take',
    'remote-lang',
  ].map((id) => $<HTMLButtonElement>(id)) as [
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
    HTMLButtonElement,
  ];
  const notes = $('remote-notes');
  prev.addEventListener('click', () => actions.nav('prev'));
  next.addEventListener('click', () => actions.nav('next'));
  blank.addEventListener('click', () => actions.nav('blank'));
  reset.addEventListener('click', () => actions.resetTimer());
  take.addEventListener('click', () => actions.takeOver());
  lang.addEventListener('click', () => actions.toggleLang());
  $('remote-smaller').addEventListener('click', () => actions.resize(-2));
  $('remote-larger').addEventListener('click', () => actions.resize(2));
  let notesFor = '';

  const renderTimers = (m: RemoteModel): void => {
    const i = slideIndex(m.slides, m.position);
    const running = (ms: number): number => (ms + (m.status === 'open' && m.screen ? performance.now() - m.clockAt : 0)) / 1000;
    const elapsed = m.clock.talkMs > 0 ? running(m.clock.talkMs) : 0;
    const onSlide = running(m.clock.slideMs);
    $('remote-elapsed').textContent = formatDuration(elapsed);
    if (i < 0) return;
    const p = pacing({ plan: m.slides.map((s) => s.budget), index: i, elapsed, onSlide: elapsed > 0 ? onSlide : 0 });
    $('remote-slide-time').textContent = formatSlideTime(p);
    $('remote-slide-time').dataset.state = p.slideState;
    $('remote-pace').textContent = delta(p, m.lang);
    $('remote-pace').dataset.status = p.status;
  };

  const render = (m: RemoteModel): void => {
    const l = m.lang;
    const drives = m.status === 'open' && m.screen && m.driver !== null && m.driver === m.me;
    doc.documentElement.lang = l;
    doc.title = `${S.remoteTitle[l]} — ${m.slides[0]?.title[l] ?? ''}`;
    root.dataset.state = m.status;
    root.dataset.drives = String(drives);
    $('remote-status').textContent = status(m);
    take.hidden = !(m.status === 'open' && m.me !== undefined && m.driver !== m.me);
    take.textContent = S.takeOver[l];
    lang.textContent = S.otherLanguage[l];
    lang.lang = l === 'ja' ? 'en' : 'ja';
    prev.textContent = S.prev[l];
    next.textContent = S.next[l];
    for (const b of [prev, next, blank, reset]) b.disabled = !drives;
    blank.textContent = m.blank ? S.blanked[l] : S.blank[l];
    blank.setAttribute('aria-pressed', String(m.blank));
    reset.textContent = S.resetTimer[l];
    $('remote-elapsed-label').textContent = S.elapsed[l];
    $('remote-slide-label').textContent = S.thisSlide[l];
    $('remote-pace-label').textContent = S.pace[l];
    $('remote-next-label').textContent = `${S.nextUp[l]}:`;
    $('remote-notes-label').textContent = S.notes[l];
    $('remote-smaller').setAttribute('aria-label', S.notesSmaller[l]);
    $('remote-larger').setAttribute('aria-label', S.notesLarger[l]);
    const i = slideIndex(m.slides, m.position);
    const slide = m.slides[i];
    $('remote-count').textContent = slide ? `${i + 1} / ${m.slides.length}` : '';
    $('remote-title').textContent = slide?.title[l] ?? '';
    $('remote-next').textContent = nextStep(m.slides, m.position, l);
    const awake = $('remote-awake');
    const say = AWAKE_TEXT[m.awake];
    awake.hidden = !say;
    awake.textContent = say ? S[say][l] : '';
    awake.dataset.state = m.awake;
    notes.style.fontSize = `${m.notesSize}px`;
    const key = `${slide?.id ?? ''}:${l}:${Object.keys(m.notes).length}`;
    if (key !== notesFor) {
      notesFor = key;
      // Build-time HTML of the deck's own compiler (escaped text, no scripts), as in notes.ts.
      notes.innerHTML = (slide && m.notes[slide.id]) ?? '';
      markCue(notes);
      for (const el of notes.querySelectorAll<HTMLElement>('.l10n')) el.hidden = el.lang !== l;
      notes.scrollTop = 0;
    }
    renderTimers(m);
  };
  return { render, renderTimers, swipeArea: root };
}
