import { describe, expect, test } from 'vitest';
import {
  TIMER_STOPPED,
  formatClock24,
  formatDelta,
  formatDuration,
  formatSlideTime,
  pacing,
  pauseTimer,
  planTotal,
  plannedStart,
  resetTimer,
  startTimer,
  timerElapsedMs,
  timerRunning,
} from '../../src/runtime/pacing.ts';

const PLAN = [30, 60, 45, 90];

describe('timer', () => {
  test('counts only while running, and keeps what it counted over pauses', () => {
    let t = startTimer(TIMER_STOPPED, 1_000);
    expect(timerRunning(t)).toBe(true);
    expect(timerElapsedMs(t, 4_000)).toBe(3_000);
    t = pauseTimer(t, 4_000);
    expect(timerRunning(t)).toBe(false);
    expect(timerElapsedMs(t, 60_000)).toBe(3_000);
    t = startTimer(t, 10_000);
    expect(timerElapsedMs(t, 12_500)).toBe(5_500);
    // Starting a running timer again changes nothing; pausing a paused one neither.
    expect(startTimer(t, 11_000)).toBe(t);
    expect(pauseTimer(TIMER_STOPPED, 5)).toBe(TIMER_STOPPED);
  });

  test('reset goes back to zero and keeps the timer running or paused as it was', () => {
    const running = resetTimer(startTimer(TIMER_STOPPED, 0), 7_000);
    expect(timerElapsedMs(running, 9_000)).toBe(2_000);
    const paused = resetTimer(pauseTimer(startTimer(TIMER_STOPPED, 0), 5_000), 7_000);
    expect(timerRunning(paused)).toBe(false);
    expect(timerElapsedMs(paused, 9_000)).toBe(0);
  });

  test('a clock that went backwards never counts negative time', () => {
    expect(timerElapsedMs(startTimer(TIMER_STOPPED, 10_000), 9_000)).toBe(0);
  });
});

describe('pacing', () => {
  test('the plan: total and where each slide starts', () => {
    expect(planTotal(PLAN)).toBe(225);
    expect(plannedStart(PLAN, 0)).toBe(0);
    expect(plannedStart(PLAN, 2)).toBe(90);
  });

  test('on the first slide, within its budget: on time, time left on the slide', () => {
    const p = pacing({ plan: PLAN, index: 0, elapsed: 20, onSlide: 20 });
    expect(p).toMatchObject({ budget: 30, onSlide: 20, slideLeft: 10, slideState: 'ok', delta: 0, status: 'on-time', talkLeft: 205 });
  });

  test('running over a slide’s budget makes the talk late by exactly that much', () => {
    const p = pacing({ plan: PLAN, index: 0, elapsed: 70, onSlide: 70 });
    expect(p).toMatchObject({ slideLeft: -40, slideState: 'over', delta: 40, status: 'behind' });
    expect(formatDelta(p, 'en')).toBe('+0:40 behind');
    expect(formatDelta(p, 'ja')).toBe('0:40 遅れ');
  });

  test('arriving late stays late while the new slide is within its budget, then grows', () => {
    // The plan reaches slide 2 (index 1) at 0:30; the presenter arrives at 1:10.
    const arrived = pacing({ plan: PLAN, index: 1, elapsed: 70, onSlide: 0 });
    expect(arrived.delta).toBe(40);
    expect(pacing({ plan: PLAN, index: 1, elapsed: 120, onSlide: 50 }).delta).toBe(40);
    const over = pacing({ plan: PLAN, index: 1, elapsed: 140, onSlide: 70 });
    expect(over.delta).toBe(50);
    expect(over.slideState).toBe('over');
  });

  test('arriving early is ahead; near the end of a budget the slide is "soon"', () => {
    const p = pacing({ plan: PLAN, index: 2, elapsed: 60 + 40, onSlide: 40 });
    // Arrived at 1:00, the plan says 1:30: 30 s ahead.
    expect(p).toMatchObject({ delta: -30, status: 'ahead', slideState: 'soon', plannedStart: 90 });
    expect(formatDelta(p, 'en')).toBe('−0:30 ahead');
    expect(formatDelta(p, 'ja')).toBe('0:30 早い');
  });

  test('a few seconds either way count as on time', () => {
    const p = pacing({ plan: PLAN, index: 1, elapsed: 34, onSlide: 0 });
    expect(p.status).toBe('on-time');
    expect(formatDelta(p, 'ja')).toBe('予定どおり');
    expect(formatDelta(p, 'en')).toBe('on time');
    expect(pacing({ plan: PLAN, index: 1, elapsed: 35, onSlide: 0 }).status).toBe('behind');
  });

  test('time on the slide can never exceed the timer (a reset mid-slide)', () => {
    const p = pacing({ plan: PLAN, index: 0, elapsed: 5, onSlide: 50 });
    expect(p.onSlide).toBe(5);
  });

  test('a slide outside the plan is a clear error naming the bad index', () => {
    expect(() => pacing({ plan: PLAN, index: 4, elapsed: 0, onSlide: 0 })).toThrow(/slide index "4" is outside the plan of 4 slides/);
    expect(() => pacing({ plan: [], index: 0, elapsed: 0, onSlide: 0 })).toThrow(RangeError);
  });
});

describe('formatting', () => {
  test('durations in m:ss, h:mm:ss from an hour, whole seconds, with a real minus sign', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(59.9)).toBe('0:59');
    expect(formatDuration(605)).toBe('10:05');
    expect(formatDuration(3725)).toBe('1:02:05');
    expect(formatDuration(-40)).toBe('−0:40');
    expect(formatDuration(-0.4)).toBe('0:00');
  });

  test('time on this slide against its budget', () => {
    expect(formatSlideTime({ onSlide: 50.6, budget: 60 })).toBe('0:50 / 1:00');
  });

  test('the wall clock is 24-hour', () => {
    expect(formatClock24(new Date(2026, 11, 2, 19, 5, 59))).toBe('19:05');
    expect(formatClock24(new Date(2026, 11, 2, 7, 0))).toBe('07:00');
    expect(formatClock24(new Date(2026, 11, 2, 0, 9))).toBe('00:09');
  });
});
