import { FINAL_CLOSE_CODES, LIVE_PATH, type ClientMessage, type ServerMessage } from '../protocol/live-protocol.ts';
import { encode, parseServerMessage } from '../protocol/live-validate.ts';

/**
 * The browser's connection to the relay, for the screen, the remote and followers alike. It says
 * hello again on every (re)connect, so the relay's welcome resyncs the page; it reconnects with
 * exponential backoff after a drop (Wi-Fi, a relay restart), at once when the phone wakes up or
 * comes back online, and notices a half-dead connection by a ping that gets no answer.
 */
export type LiveStatus = 'connecting' | 'open' | 'ended';

export interface LiveSocketOptions {
  hello(): ClientMessage;
  onMessage(message: ServerMessage): void;
  onStatus?(status: LiveStatus, closeCode?: number): void;
}

export interface LiveSocket {
  /** False when not connected: the message is dropped (the relay resyncs everyone on reconnect). */
  send(message: ClientMessage): boolean;
  status(): LiveStatus;
  close(): void;
}

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;
const PING_EVERY_MS = 20_000;
const PONG_WITHIN_MS = 5_000;

export function liveUrl(loc: Location = location): string {
  return `${loc.protocol === 'https:' ? 'wss' : 'ws'}://${loc.host}${LIVE_PATH}`;
}

export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  let ws: WebSocket | undefined;
  let status: LiveStatus = 'connecting';
  let attempt = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let pongTimer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const setStatus = (s: LiveStatus, code?: number): void => {
    status = s;
    options.onStatus?.(s, code);
  };
  const schedule = (): void => {
    clearTimeout(retryTimer);
    // Full jitter: 100 followers whose Wi-Fi came back together do not knock at the same instant.
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt) * (0.5 + Math.random() / 2);
    attempt++;
    retryTimer = setTimeout(connect, delay);
  };
  const connect = (): void => {
    if (stopped || (ws && ws.readyState <= WebSocket.OPEN)) return;
    clearTimeout(retryTimer);
    setStatus('connecting');
    const socket = new WebSocket(liveUrl());
    ws = socket;
    socket.addEventListener('open', () => socket.send(encode(options.hello())));
    socket.addEventListener('message', (event) => {
      clearTimeout(pongTimer);
      if (typeof event.data !== 'string') return;
      const parsed = parseServerMessage(event.data);
      if (!parsed.ok) return; // a newer or broken relay: nothing this page can act on
      if (parsed.message.kind === 'welcome') {
        attempt = 0;
        setStatus('open');
      }
      options.onMessage(parsed.message);
    });
    socket.addEventListener('close', (event) => {
      if (ws !== socket) return;
      clearTimeout(pongTimer);
      ws = undefined;
      if (stopped || FINAL_CLOSE_CODES.includes(event.code)) {
        stopped = true;
        setStatus('ended', event.code);
      } else {
        setStatus('connecting', event.code);
        schedule();
      }
    });
  };
  /** A connection that looks open may be dead (the phone slept, the access point changed). */
  const probe = (): void => {
    if (!ws || ws.readyState !== WebSocket.OPEN) return connect();
    const socket = ws;
    socket.send(encode({ kind: 'ping' }));
    clearTimeout(pongTimer);
    pongTimer = setTimeout(() => socket.close(), PONG_WITHIN_MS);
  };
  const wake = (): void => {
    if (document.visibilityState !== 'visible' || stopped) return;
    attempt = 0;
    probe();
  };
  document.addEventListener('visibilitychange', wake);
  addEventListener('online', wake);
  const pinger = setInterval(() => document.visibilityState === 'visible' && probe(), PING_EVERY_MS);
  connect();

  return {
    send(message) {
      if (!ws || ws.readyState !== WebSocket.OPEN || status !== 'open') return false;
      ws.send(encode(message));
      return true;
    },
    status: () => status,
    close() {
      stopped = true;
      clearInterval(pinger);
      clearTimeout(retryTimer);
      clearTimeout(pongTimer);
      document.removeEventListener('visibilitychange', wake);
      removeEventListener('online', wake);
      ws?.close();
    },
  };
}
