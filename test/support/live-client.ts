/**
 * A Node client of the live relay for tests and the bench: a real WebSocket (the `ws` package)
 * that records every message the relay sends, validated like a page would.
 */
import { WebSocket } from 'ws';
import { LIVE_PATH, type ClientMessage, type Role, type ServerMessage } from '../../src/protocol/live-protocol.ts';
import { encode, parseServerMessage } from '../../src/protocol/live-validate.ts';

export interface LiveClient {
  ws: WebSocket;
  messages: ServerMessage[];
  /** Resolves with the first message (already received or future) that matches. */
  next<K extends ServerMessage['kind']>(
    kind: K,
    match?: (m: Extract<ServerMessage, { kind: K }>) => boolean,
    timeoutMs?: number,
  ): Promise<Extract<ServerMessage, { kind: K }>>;
  send(message: ClientMessage | string): void;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function wsUrl(httpPort: number): string {
  return `ws://127.0.0.1:${httpPort}${LIVE_PATH}`;
}

export function openClient(port: number, options: { origin?: string | null } = {}): Promise<LiveClient> {
  const origin = options.origin === undefined ? `http://127.0.0.1:${port}` : options.origin;
  const ws = new WebSocket(wsUrl(port), origin === null ? {} : { origin });
  const messages: ServerMessage[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    const parsed = parseServerMessage(data.toString());
    if (!parsed.ok) throw new Error(`relay sent an invalid message: ${data.toString()} (${parsed.error})`);
    messages.push(parsed.message);
    for (const w of waiters) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((ok) =>
    ws.on('close', (code, reason) => ok({ code, reason: reason.toString() })),
  );
  const client: LiveClient = {
    ws,
    messages,
    closed,
    send: (m) => ws.send(typeof m === 'string' ? m : encode(m)),
    close: () => ws.close(),
    next(kind, match = () => true, timeoutMs = 5000) {
      type M = Extract<ServerMessage, { kind: typeof kind }>;
      const find = (): M | undefined => messages.find((m): m is M => m.kind === kind && match(m as M));
      return new Promise<M>((resolve, fail) => {
        const check = (): void => {
          const m = find();
          if (!m) return;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(m);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          fail(new Error(`no "${kind}" message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
  };
  return new Promise((resolve, fail) => {
    ws.once('open', () => resolve(client));
    // A refused upgrade comes here as "Unexpected server response: 403".
    ws.once('error', fail);
  });
}

/** Opens a client and says hello; resolves once the relay welcomed it. */
export async function join(port: number, role: Role, token?: string, extra: { driving?: boolean } = {}): Promise<LiveClient> {
  const c = await openClient(port);
  c.send({ kind: 'hello', role, ...(token ? { token } : {}), ...extra });
  await c.next('welcome');
  return c;
}
