import type { Clock, DriverId, Position } from '../protocol/live-protocol.ts';

/** A talk start older than this is not resumed after a restart: that was another talk. */
export const MAX_TALK_MS = 4 * 60 * 60 * 1000;

/** The talk's start as the previous run of the relay saw it, and where to save a new one. */
export interface TalkClock {
  talkStartedAt?: number;
  onTalkStart?(at: number): void;
}

/**
 * What the relay remembers about the talk: where it is, whether the projector is blank, who
 * drives, and two timers on the relay's clock, so a phone that slept or reconnected shows the same
 * time as before. After a relay restart the position is empty until the screen reconnects and
 * says where it is; the talk's start comes back from `resume` (present saves it with the links)
 * if the screen is mid-talk, so the phone's pacing does not jump back to 0:00.
 */
export class RelayState {
  position: Position | null = null;
  blank = false;
  driver: DriverId = null;
  private talkStartedAt: number | null = null;
  private slideStartedAt: number | null = null;

  private resumeFrom: number | undefined;

  constructor(
    private readonly now: () => number,
    private readonly resume: TalkClock = {},
  ) {
    const at = resume.talkStartedAt;
    if (at !== undefined && at <= now() && now() - at < MAX_TALK_MS) this.resumeFrom = at;
  }

  /** Takes the screen's state; true when the position changed (followers need to hear about it). */
  update(position: Position, blank: boolean): boolean {
    const before = this.position;
    this.blank = blank;
    const moved = !before || before.id !== position.id || before.h !== position.h || before.v !== position.v || before.f !== position.f;
    if (!moved) return false;
    const t = this.now();
    // The talk starts with the first step away from the first slide, not when the laptop opens the deck.
    const atStart = position.h === 0 && position.v === 0 && position.f <= 0;
    // After a relay restart the first report may already be mid-talk: the saved start, else from here.
    // A screen back at the first slide starts a new talk: the saved start is dropped.
    if (this.talkStartedAt === null && !atStart) this.startTalk(this.resumeFrom ?? t);
    this.resumeFrom = undefined;
    if (!before || before.id !== position.id) this.slideStartedAt = t;
    this.position = { ...position };
    return true;
  }

  resetTimer(): void {
    this.slideStartedAt = this.now();
    this.startTalk(this.slideStartedAt);
  }

  private startTalk(at: number): void {
    this.talkStartedAt = at;
    this.resume.onTalkStart?.(at);
  }

  clock(): Clock {
    const t = this.now();
    const since = (start: number | null): number => (start === null ? 0 : Math.max(0, Math.round(t - start)));
    return { talkMs: since(this.talkStartedAt), slideMs: since(this.slideStartedAt) };
  }
}
