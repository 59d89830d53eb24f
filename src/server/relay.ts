import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { CLOSE, LIVE_PATH, MAY_SEND, type ClientMessage, type Role, type ServerMessage } from '../protocol/live-protocol.ts';
import { encode, parseClientMessage } from '../protocol/live-validate.ts';
import { Admission, reject, sameOrigin } from './relay-admission.ts';
import { DEFAULT_LIMITS, RateLimiter, type RelayLimits } from './relay-limits.ts';
import { remoteNumber, tokenMatches, type RelaySecrets } from './relay-secrets.ts';
import { RelayState, type TalkClock } from './relay-state.ts';

export interface RelayOptions {
  secrets: RelaySecrets;
  /** The URL followers open; sent to every client (the screen draws its QR code from it). */
  audienceUrl: string;
  limits?: Partial<RelayLimits>;
  now?: () => number;
  /** The talk timer of a previous run (a restart), and where to save a new start. */
  clock?: TalkClock;
  /** Host headers to answer (see host-allowlist.ts); others are refused with 421. Default: any. */
  allowHost?: (host: string | undefined) => boolean;
}

export interface RelayStats {
  connections: number;
  roles: Record<Role, number>;
  driver: number | null;
}

export interface Relay {
  stats(): RelayStats;
  /** Closes every connection (code 1001: clients reconnect) and stops accepting new ones. */
  close(): Promise<void>;
}

interface Client {
  ws: WebSocket;
  limiter: RateLimiter;
  /** In the presenters' reserve: only a screen or a remote may stay. */
  reserved: boolean;
  role?: Role;
  remote?: number;
  alive: boolean;
}

/**
 * The WebSocket relay of `npm run present`, on the deck's own HTTP server at LIVE_PATH. It keeps
 * where the talk is (the screen says so), forwards the driving remote's moves to the screen and
 * fans the position out to followers. Every message is validated; a follower's have no effect.
 */
export function attachRelay(server: Server, options: RelayOptions): Relay {
  const limits: RelayLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const now = options.now ?? Date.now;
  const state = new RelayState(now, options.clock);
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes, clientTracking: false });
  const clients = new Set<Client>();
  const admission = new Admission(limits);
  const withRole = (role: Role): Client[] => [...clients].filter((c) => c.role === role);

  const send = (c: Client, message: ServerMessage | string): void => {
    if (c.ws.readyState !== WebSocket.OPEN) return;
    // A follower that cannot keep up is dropped rather than buffered: it reconnects and gets the current state.
    if (c.ws.bufferedAmount > limits.maxBufferedBytes) c.ws.terminate();
    else c.ws.send(typeof message === 'string' ? message : encode(message));
  };
  const broadcast = (roles: readonly Role[], message: ServerMessage): void => {
    const text = encode(message);
    for (const c of clients) if (c.role && roles.includes(c.role)) send(c, text);
  };
  const liveFor = (role: Role): ServerMessage =>
    role === 'audience'
      ? { kind: 'live', position: state.position }
      : { kind: 'live', position: state.position, blank: state.blank, clock: state.clock(), screen: withRole('screen').length > 0 };
  const sendDriver = (): void => broadcast(['screen', 'remote'], { kind: 'driver', driver: state.driver });

  const hello = (c: Client, m: Extract<ClientMessage, { kind: 'hello' }>): void => {
    if (m.role === 'audience' && c.reserved) return c.ws.close(CLOSE.full, 'relay full');
    if (m.role === 'screen') {
      if (!tokenMatches(m.token, options.secrets.screen)) return c.ws.close(CLOSE.badToken, 'bad token');
      // One screen: a reloaded tab's new connection replaces the old one.
      for (const old of withRole('screen')) old.ws.close(CLOSE.replaced, 'replaced');
    } else if (m.role === 'remote') {
      const n = remoteNumber(m.token, options.secrets);
      if (n === undefined) return c.ws.close(CLOSE.badToken, 'bad token');
      c.remote = n;
      // Nobody drives (a fresh run, or the relay restarted): a remote that does not say it was
      // a passenger takes the wheel.
      if (state.driver === null && m.driving !== false) state.driver = n;
    }
    c.role = m.role;
    send(c, { kind: 'welcome', role: m.role, audienceUrl: options.audienceUrl, ...(c.remote ? { remote: c.remote } : {}) });
    if (m.role !== 'audience') sendDriver();
    send(c, liveFor(m.role));
    if (m.role === 'screen') broadcast(['remote'], liveFor('remote'));
  };

  const handle = (c: Client, m: ClientMessage): void => {
    switch (m.kind) {
      case 'hello':
        return;
      case 'ping':
        return send(c, { kind: 'pong' });
      case 'state': {
        const moved = state.update(m.position, m.blank);
        if (moved) broadcast(['audience'], liveFor('audience'));
        return broadcast(['remote'], liveFor('remote'));
      }
      case 'nav':
        if (c.remote !== state.driver) return send(c, { kind: 'refused', reason: 'not-driver' });
        return broadcast(['screen'], { kind: 'command', action: m.action, from: c.remote ?? 0 });
      case 'claim':
        state.driver = c.remote ?? null;
        return sendDriver();
      case 'timer-reset':
        if (c.remote !== state.driver) return send(c, { kind: 'refused', reason: 'not-driver' });
        state.resetTimer();
        return broadcast(['remote'], liveFor('remote'));
    }
  };

  const onMessage = (c: Client, data: WebSocket.RawData, isBinary: boolean): void => {
    if (!c.limiter.take()) return c.ws.close(CLOSE.rate, 'too many messages');
    const parsed = isBinary ? ({ ok: false, error: 'binary' } as const) : parseClientMessage(data.toString());
    if (!c.role) {
      // The first message must be a valid hello; anything else ends the connection.
      if (!parsed.ok || parsed.message.kind !== 'hello') return c.ws.close(CLOSE.badHello, 'hello expected');
      return hello(c, parsed.message);
    }
    const allowed = parsed.ok && MAY_SEND[c.role].includes(parsed.message.kind);
    if (parsed.ok && allowed) return handle(c, parsed.message);
    // A follower is never answered (other than pong): what it sends has no effect, and says so to no one.
    if (c.role === 'audience') return;
    send(c, { kind: 'refused', reason: parsed.ok ? 'not-allowed' : 'bad-message' });
  };

  const onConnection = (ws: WebSocket, address: string, reserved: boolean): void => {
    const c: Client = { ws, limiter: new RateLimiter(limits.messagesPerSecond, limits.burst, now), reserved, alive: true };
    clients.add(c);
    admission.joined(address);
    const helloTimer = setTimeout(() => c.role || ws.close(CLOSE.helloTimeout, 'no hello'), limits.helloTimeoutMs);
    ws.on('message', (data, isBinary) => onMessage(c, data, isBinary));
    ws.on('pong', () => (c.alive = true));
    // Control frames cost the relay as much as messages (ws answers every ping): the same budget.
    const control = (): void => void (c.limiter.take() || ws.close(CLOSE.rate, 'too many messages'));
    ws.on('ping', control).on('pong', control);
    // ws reports oversized frames and protocol errors here, then closes (1009, 1002): nothing to add.
    ws.on('error', () => undefined);
    ws.on('close', () => {
      clearTimeout(helloTimer);
      clients.delete(c);
      admission.left(address);
      if (c.role === 'screen') broadcast(['remote'], liveFor('remote'));
    });
  };

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (new URL(req.url ?? '/', 'http://relay').pathname !== LIVE_PATH) return reject(socket, '404 Not Found');
    if (options.allowHost && !options.allowHost(req.headers.host)) return reject(socket, '421 Misdirected Request');
    if (!sameOrigin(req)) return reject(socket, '403 Forbidden');
    const address = req.socket.remoteAddress ?? '';
    const verdict = admission.check(address);
    // A full room: a browser cannot read an upgrade's HTTP status, so the follower gets a socket that
    // closes at once with CLOSE.full, and its page can say the room is full (it retries with backoff).
    if (!verdict.ok && verdict.status === '503 Service Unavailable')
      return wss.handleUpgrade(req, socket, head, (ws) => ws.close(CLOSE.full, 'relay full'));
    if (!verdict.ok) return reject(socket, verdict.status);
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, address, verdict.reserved));
  };
  server.on('upgrade', onUpgrade);

  const heartbeat = setInterval(() => {
    for (const c of clients) {
      if (!c.alive) c.ws.terminate();
      else {
        c.alive = false;
        c.ws.ping();
      }
    }
  }, limits.heartbeatMs);
  heartbeat.unref();

  return {
    stats() {
      const roles: Record<Role, number> = { screen: 0, remote: 0, audience: 0 };
      for (const c of clients) if (c.role) roles[c.role]++;
      return { connections: clients.size, roles, driver: state.driver };
    },
    async close() {
      server.off('upgrade', onUpgrade);
      clearInterval(heartbeat);
      const closed = [...clients].map(
        (c) => new Promise<void>((ok) => (c.ws.readyState === WebSocket.CLOSED ? ok() : c.ws.once('close', () => ok()))),
      );
      for (const c of clients) c.ws.close(CLOSE.shutdown, 'relay stopping');
      const force = setTimeout(() => clients.forEach((c) => c.ws.terminate()), 1000);
      await Promise.all(closed);
      clearTimeout(force);
      await new Promise<void>((ok) => wss.close(() => ok()));
    },
  };
}
