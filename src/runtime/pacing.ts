import type { Lang, Localized } from '../deck/types.ts';

/**
 * Pacing for the presenter, as pure functions of plain data: the speaker view, the phone remote
 * and the unit tests compute the same numbers. Times are seconds unless a name says `Ms`.
 *
 * The plan is every slide's time budget (`time:` in the slide file, data-timing in the HTML) in
 * deck order. Ahead/behind is how late the presenter arrived on the current slide against the
 * plan, plus however far they have run over its budget since: staying within a slide's budget
 * never makes the figure worse, so it moves only when something is actually late.
 */

/** The presenter's stopwatch as data, so windows and devices can pass it around. */
export interface TimerState {
  /** Milliseconds counted before the current run. */
  bankedMs: number;
  /** When the current run started (ms on the clock of whoever keeps the timer), null while paused. */
  sinceMs: number | null;
}

export const TIMER_STOPPED: TimerState = { bankedMs: 0, sinceMs: null };

export function timerElapsedMs(t: TimerState, nowMs: number): number {
  return t.bankedMs + (t.sinceMs === null ? 0 : Math.max(0, nowMs - t.sinceMs));
}

export function timerRunning(t: TimerState): boolean {
  return t.sinceMs !== null;
}

export function startTimer(t: TimerState, nowMs: number): TimerState {
  return t.sinceMs === null ? { bankedMs: t.bankedMs, sinceMs: nowMs } : t;
}

export function pauseTimer(t: TimerState, nowMs: number): TimerState {
  return t.sinceMs === null ? t : { bankedMs: timerElapsedMs(t, nowMs), sinceMs: null };
}

/** Back to 0:00; a running timer keeps running from there. */
export function resetTimer(t: TimerState, nowMs: number): TimerState {
  return { bankedMs: 0, sinceMs: t.sinceMs === null ? null : nowMs };
}

export type SlideState = 'ok' | 'soon' | 'over';
export type PaceStatus = 'ahead' | 'on-time' | 'behind';

export interface PacingInput {
  /** Time budget of every slide, in deck order. */
  plan: readonly number[];
  /** Position of the current slide in the plan (0-based). */
  index: number;
  /** Time since the talk started (the timer). */
  elapsed: number;
  /** Time on the current slide (timer time since the presenter arrived on it). */
  onSlide: number;
}

export interface Pacing {
  budget: number;
  onSlide: number;
  /** Budget left on this slide; negative once over. */
  slideLeft: number;
  slideState: SlideState;
  /** Where the plan starts this slide, in seconds into the talk. */
  plannedStart: number;
  /** Seconds behind the plan (positive) or ahead of it (negative). */
  delta: number;
  status: PaceStatus;
  /** The whole talk's planned length. */
  total: number;
  /** Planned length minus the timer; negative once the talk runs over. */
  talkLeft: number;
}

/** Within this many seconds of the plan counts as on time. */
export const ON_TIME_MARGIN = 5;
/** A slide is "soon" over once this share of its budget is used. */
export const SOON_SHARE = 0.8;

export function planTotal(plan: readonly number[]): number {
  return plan.reduce((sum, b) => sum + b, 0);
}

export function plannedStart(plan: readonly number[], index: number): number {
  return planTotal(plan.slice(0, index));
}

export function pacing({ plan, index, elapsed, onSlide }: PacingInput): Pacing {
  if (!Number.isInteger(index) || index < 0 || index >= plan.length) {
    throw new RangeError(`pacing: slide index "${index}" is outside the plan of ${plan.length} slides (0–${plan.length - 1}).`);
  }
  const budget = plan[index] ?? 0;
  const start = plannedStart(plan, index);
  const spent = Math.min(Math.max(onSlide, 0), Math.max(elapsed, 0));
  const arrivedLate = elapsed - spent - start;
  const delta = arrivedLate + Math.max(0, spent - budget);
  const total = planTotal(plan);
  return {
    budget,
    onSlide: spent,
    slideLeft: budget - spent,
    slideState: spent > budget ? 'over' : spent >= budget * SOON_SHARE ? 'soon' : 'ok',
    plannedStart: start,
    delta,
    status: Math.abs(delta) < ON_TIME_MARGIN ? 'on-time' : delta > 0 ? 'behind' : 'ahead',
    total,
    talkLeft: total - elapsed,
  };
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** "m:ss" (or "h:mm:ss" from an hour on), whole seconds; negative values get a minus sign (−). */
export function formatDuration(seconds: number): string {
  const whole = Math.floor(Math.abs(seconds));
  const sign = seconds < 0 && whole > 0 ? '−' : '';
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = whole % 60;
  return h > 0 ? `${sign}${h}:${pad(m)}:${pad(s)}` : `${sign}${m}:${pad(s)}`;
}

/**
 * The pacing words live here, not in ui-strings.ts: this module is shared by the phone remote and
 * the speaker view, and importing ui-strings (part of the deck's entry) would split it into a
 * chunk of its own that slide 1 then loads too. load.ts adds them to the font subset.
 */
export const PACE_WORDS = {
  behind: { ja: '遅れ', en: 'behind' },
  ahead: { ja: '早い', en: 'ahead' },
  onTime: { ja: '予定どおり', en: 'on time' },
} as const satisfies Record<string, Localized>;

/** "+0:40 behind" / 「0:40 遅れ」, "−0:30 ahead" / 「0:30 早い」, "on time" / 「予定どおり」. */
export function formatDelta(p: Pick<Pacing, 'delta' | 'status'>, lang: Lang): string {
  if (p.status === 'on-time') return PACE_WORDS.onTime[lang];
  const amount = formatDuration(Math.abs(p.delta));
  if (lang === 'ja') return `${amount} ${p.status === 'behind' ? PACE_WORDS.behind.ja : PACE_WORDS.ahead.ja}`;
  return p.status === 'behind' ? `+${amount} ${PACE_WORDS.behind.en}` : `−${amount} ${PACE_WORDS.ahead.en}`;
}

/** "0:50 / 1:00": time on this slide against its budget. */
export function formatSlideTime(p: Pick<Pacing, 'onSlide' | 'budget'>): string {
  return `${formatDuration(p.onSlide)} / ${formatDuration(p.budget)}`;
}

/** The wall clock, 24-hour, local time: "19:05". */
export function formatClock24(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
