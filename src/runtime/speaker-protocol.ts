import type { Lang } from '../deck/types.ts';
import type { TimerState } from './pacing.ts';

/**
 * What the deck and its speaker views say to each other. They are windows of one browser and one
 * origin (the popup on S, speaker.html on a second screen, `index.html?view=speaker` in the
 * single-file build), so they talk over a BroadcastChannel: it reaches only pages of the same
 * origin, needs no window references, and works between file:// windows in Chromium. Every message
 * is checked on arrival; anything else on the channel is ignored.
 */
export const SPEAKER_CHANNEL = 'deck:speaker';
/** `?view=speaker`: index.html shows the speaker view instead of the deck (the single-file build has no speaker.html). */
export const SPEAKER_VIEW = 'speaker';
/** `?deck=<id>`: the deck window a speaker view follows (the one that opened it). */
export const DECK_PARAM = 'deck';

/** A slide as the speaker view lists it: read from the deck's DOM, so both always agree. */
export interface SpeakerSlide {
  id: string;
  /** Time budget in seconds (data-timing). */
  budget: number;
  title: Record<Lang, string>;
  /** The section's number in the agenda ('' for the opening) and its name. */
  sectionNumber: string;
  section: Record<Lang, string>;
}

/** A step of the deck: reveal's indices, f = -1 before the first fragment. */
export interface Step {
  h: number;
  v: number;
  f: number;
}

export interface DeckState {
  kind: 'state';
  deck: string;
  slides: SpeakerSlide[];
  /** Position of the current slide in `slides`. */
  index: number;
  step: Step;
  /** The step the next "next" goes to; null on the last step. */
  next: (Step & { index: number; fragment: boolean }) | null;
  langs: Lang[];
  slidesLang: Lang;
  notesLang: Lang;
  /** The projected colour scheme (theme.ts): the previews show the slides as the room sees them. */
  theme: 'dark' | 'light';
  /** The talk's stopwatch, on Date.now()'s clock (shared by every window of the browser). */
  timer: TimerState;
  /** Timer milliseconds when the presenter arrived on the current slide. */
  slideStartMs: number;
}

/** What a speaker view asks of the deck it follows. */
export type ViewRequest =
  { kind: 'nav'; action: 'next' | 'prev' } | { kind: 'timer'; action: 'toggle' | 'reset' } | { kind: 'lang'; which: 'slides' | 'notes' };

/** A view says it is there (hello: and send me the state), still there, or gone. */
export type ViewPresence = { kind: 'hello' | 'ping' | 'bye'; view: string };

export type SpeakerCommand = ViewPresence | (ViewRequest & { deck: string });

export type DeckMessage = DeckState | { kind: 'bye'; deck: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length < 100;
const oneOf = <T extends string>(v: unknown, values: readonly T[]): v is T => typeof v === 'string' && values.includes(v as T);

export function asSpeakerCommand(data: unknown): SpeakerCommand | undefined {
  if (!isObject(data)) return undefined;
  if (oneOf(data.kind, ['hello', 'ping', 'bye'])) return isString(data.view) ? (data as SpeakerCommand) : undefined;
  if (!isString(data.deck)) return undefined;
  if (data.kind === 'nav' && oneOf(data.action, ['next', 'prev'])) return data as SpeakerCommand;
  if (data.kind === 'timer' && oneOf(data.action, ['toggle', 'reset'])) return data as SpeakerCommand;
  if (data.kind === 'lang' && oneOf(data.which, ['slides', 'notes'])) return data as SpeakerCommand;
  return undefined;
}

export function asDeckMessage(data: unknown): DeckMessage | undefined {
  if (!isObject(data) || !isString(data.deck)) return undefined;
  if (data.kind === 'bye') return data as DeckMessage;
  if (data.kind !== 'state' || !Array.isArray(data.slides) || !isObject(data.step) || !isObject(data.timer)) return undefined;
  if (!oneOf(data.theme, ['dark', 'light'])) return undefined;
  const index = data.index;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= data.slides.length) return undefined;
  return data as unknown as DeckState;
}

/** A random id for a window, so several decks or views in one browser keep apart. */
export function windowId(): string {
  return crypto.getRandomValues(new Uint32Array(2)).join('-');
}

/** Whether this page is the speaker view: speaker.html (`<html data-view="speaker">`) or index.html?view=speaker. */
export function speakerViewRequested(search = location.search, root: HTMLElement = document.documentElement): boolean {
  return root.dataset.view === SPEAKER_VIEW || new URLSearchParams(search).get('view') === SPEAKER_VIEW;
}
