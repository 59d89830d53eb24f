import type { Clock, DriverId, Position } from '../protocol/live-protocol.ts';

/**
 * What the relay remembers about the talk: where it is, whether the projector is blank, who
 * drives, and two timers on the relay's clock, so a phone that slept or reconnected shows the same
 * time as before. After a relay restart this is empty until the screen reconnects and says where it is.
 */
export class RelayState {
  position: Position | null = null;
  blank = false;
  driver: DriverId = null;
  private talkStartedAt: number | null = null;
  private slideStartedAt: number | null = null;

  constructor(private readonly now: () => number) {}

  /** Takes the screen's state; true when the position changed (followers need to hear about it). */
  update(position: Position, blank: boolean): boolean {
    const before = this.position;
    this.blank = blank;
    const moved = !before || before.id !== position.id || before.h !== position.h || before.v !== position.v || before.f !== position.f;
    if (!moved) return false;
    const t = this.now();
    // The talk starts with the first step away from the first slide, not when the laptop opens the deck.
    const atStart = position.h === 0 && position.v === 0 && position.f <= 0;
    // After a relay restart the first report may already be mid-talk: the timer starts from there.
    if (this.talkStartedAt === null && !atStart) this.talkStartedAt = t;
    if (!before || before.id !== position.id) this.slideStartedAt = t;
    this.position = { ...position };
    return true;
  }

  resetTimer(): void {
    this.talkStartedAt = this.slideStartedAt = this.now();
  }

  clock(): Clock {
    const t = this.now();
    const since = (start: number | null): number => (start === null ? 0 : Math.max(0, Math.round(t - start)));
    return { talkMs: since(this.talkStartedAt), slideMs: since(this.slideStartedAt) };
  }
}
