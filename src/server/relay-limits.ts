import { MAX_CLIENT_MESSAGE_BYTES } from '../protocol/live-protocol.ts';

/** What one relay accepts. Defaults fit a meetup room with margin; tests and the bench lower or raise them. */
export interface RelayLimits {
  /** Open WebSocket connections, all roles together; more are refused with HTTP 503. */
  maxConnections: number;
  /**
   * Connections above maxConnections kept for the screen and the remotes: a room (or one attacker)
   * filling the relay with followers never locks the presenter out. A follower that gets one of
   * these is closed with CLOSE.full at its hello, and reconnects later.
   */
  reservedForPresenters: number;
  /** Connections from one IP address; more are refused with HTTP 429. Loopback is exempt (the laptop itself). */
  maxPerAddress: number;
  /** Exempt loopback from maxPerAddress (default true; tests of the cap turn it off). */
  loopbackExempt: boolean;
  /** Bytes per message from a client (ws closes the connection with 1009 above it). */
  maxMessageBytes: number;
  /** Sustained messages per second per connection, and the burst allowed above it. */
  messagesPerSecond: number;
  burst: number;
  /** A connection that has not said hello by then is closed. */
  helloTimeoutMs: number;
  /** Ping interval; a client that missed the previous pong is dropped (a phone gone to sleep, a dead follower). */
  heartbeatMs: number;
  /** A client this far behind (unsent bytes) is dropped: it reconnects and gets the current state at once. */
  maxBufferedBytes: number;
}

export const DEFAULT_LIMITS: RelayLimits = {
  maxConnections: 1000,
  reservedForPresenters: 8,
  maxPerAddress: 50,
  loopbackExempt: true,
  maxMessageBytes: MAX_CLIENT_MESSAGE_BYTES,
  messagesPerSecond: 10,
  burst: 30,
  helloTimeoutMs: 5_000,
  heartbeatMs: 15_000,
  maxBufferedBytes: 256 * 1024,
};

/** A token bucket: `take()` is false once a client sends faster than its rate allows. */
export class RateLimiter {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}
