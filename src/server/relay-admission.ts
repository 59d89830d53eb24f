import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RelayLimits } from './relay-limits.ts';

/**
 * Who may open a WebSocket to the relay, decided at the upgrade, before any message: the total
 * cap with a reserve kept for the screen and the remotes, and a cap per IP address, so one phone
 * on the venue's Wi-Fi cannot take the room's seats (or the presenter's) however many sockets it opens.
 */
export type Verdict =
  | { ok: true; /** Admitted into the presenters' reserve: a follower here is turned away at hello. */ reserved: boolean }
  | { ok: false; status: '503 Service Unavailable' | '429 Too Many Requests' };

export function isLoopback(address: string): boolean {
  const a = address.replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d+\.\d+\.\d+$/.test(a);
}

export class Admission {
  private readonly perAddress = new Map<string, number>();
  private open = 0;

  constructor(private readonly limits: RelayLimits) {}

  /** Whether a connection from `address` may open now; call joined() once it did. */
  check(address: string): Verdict {
    // One address over its share first: that one is abuse, and gets no socket at all.
    const exempt = this.limits.loopbackExempt && isLoopback(address);
    if (!exempt && (this.perAddress.get(address) ?? 0) >= this.limits.maxPerAddress) return { ok: false, status: '429 Too Many Requests' };
    if (this.open >= this.limits.maxConnections + this.limits.reservedForPresenters)
      return { ok: false, status: '503 Service Unavailable' };
    return { ok: true, reserved: this.open >= this.limits.maxConnections };
  }

  joined(address: string): void {
    this.open++;
    this.perAddress.set(address, (this.perAddress.get(address) ?? 0) + 1);
  }

  left(address: string): void {
    this.open--;
    const n = (this.perAddress.get(address) ?? 1) - 1;
    if (n > 0) this.perAddress.set(address, n);
    else this.perAddress.delete(address);
  }
}

/**
 * Same origin only: a browser always sends Origin on a WebSocket, and a page of another site must
 * not drive the deck through a phone's browser. Non-browser clients must send it as well.
 */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (!origin || !req.headers.host) return false;
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.host === req.headers.host;
  } catch {
    return false;
  }
}

export function reject(socket: Duplex, status: string): void {
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
