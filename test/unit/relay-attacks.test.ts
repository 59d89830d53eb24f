/**
 * The relay attacked once more over real sockets: what a phone on the venue's Wi-Fi (or a script
 * on it) can throw at it beyond forged messages — control-frame floods, a message split into
 * fragments to pass the size cap, one address opening every seat, a full room locking the presenter
 * out, followers whose connection drops without a goodbye, a crowd joining while the talk moves.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CLOSE, type Position } from '../../src/protocol/live-protocol.ts';
import { encode } from '../../src/protocol/live-validate.ts';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../src/server/relay-server.ts';
import { join as joinRelay, openClient, wsUrl, type LiveClient } from '../support/live-client.ts';

const dir = mkdtempSync(join(tmpdir(), 'relay-attacks-'));
const servers: LiveServer[] = [];
const clients: LiveClient[] = [];
const raw: WebSocket[] = [];
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

async function start(options: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const s = await startLiveServer({ dir, ...options });
  servers.push(s);
  return s;
}
async function client(s: LiveServer, role: 'screen' | 'remote' | 'audience', token?: string): Promise<LiveClient> {
  const c = await joinRelay(s.port, role, token);
  clients.push(c);
  return c;
}
/** A socket from another loopback address: another phone, as far as the relay can tell. */
function fromAddress(s: LiveServer, localAddress: string): Promise<WebSocket> {
  const ws = new WebSocket(wsUrl(s.port), { origin: `http://127.0.0.1:${s.port}`, localAddress });
  raw.push(ws);
  return new Promise((ok, fail) => ws.once('open', () => ok(ws)).once('error', fail));
}
const at = (id: string, h: number, f = -1): Position => ({ id, h, v: 0, f });
const lastPosition = (c: LiveClient): string | undefined =>
  c.messages.filter((m) => m.kind === 'live').map((m) => (m.kind === 'live' ? m.position?.id : undefined))[
    c.messages.filter((m) => m.kind === 'live').length - 1
  ];

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  for (const ws of raw.splice(0)) ws.terminate();
  for (const s of servers.splice(0)) await s.close();
});

describe('relay attacked', () => {
  it('closes a client that floods WebSocket ping frames, which cost the relay like messages', async () => {
    const s = await start();
    const flood = await client(s, 'audience');
    for (let i = 0; i < 100; i++) flood.ws.ping();
    expect((await flood.closed).code).toBe(CLOSE.rate);
  });

  it('counts a message split into fragments as one: over the cap is closed (1009)', async () => {
    const s = await start();
    const c = await openClient(s.port);
    c.ws.send('{"kind":"hello","role":"audience","pad":"', { fin: false });
    for (let i = 0; i < 4; i++) c.ws.send('x'.repeat(300), { fin: false });
    c.ws.send('"}', { fin: true });
    expect((await c.closed).code).toBe(1009);
  });

  it('does not negotiate compression (no zip bomb under the size cap)', async () => {
    const s = await start();
    const c = await client(s, 'audience'); // the ws client offers permessage-deflate by default
    expect(c.ws.extensions).toBe('');
  });

  it('caps connections per address: one phone cannot take the room’s seats', async () => {
    const s = await start({ limits: { maxPerAddress: 3, loopbackExempt: false } });
    await Promise.all([1, 2, 3].map(() => fromAddress(s, '127.0.0.2')));
    await expect(fromAddress(s, '127.0.0.2')).rejects.toThrow(/429/);
    // Another phone still gets in, and so does the first once a seat is free.
    await fromAddress(s, '127.0.0.3');
    raw[0]?.terminate();
    await expect.poll(() => s.relay.stats().connections).toBe(3);
    await fromAddress(s, '127.0.0.2');
  });

  it('a full room never locks the screen and the remote out: a reserve is kept for them', async () => {
    const s = await start({ limits: { maxConnections: 3, reservedForPresenters: 2 } });
    await Promise.all([1, 2, 3].map(() => client(s, 'audience')));
    // A fourth follower gets a socket from the reserve but is turned away at hello, to come back later.
    const extra = await openClient(s.port);
    extra.send({ kind: 'hello', role: 'audience' });
    expect((await extra.closed).code).toBe(CLOSE.full);
    const screen = await client(s, 'screen', s.secrets.screen);
    const remote = await client(s, 'remote', s.secrets.remotes[0]);
    expect(remote.messages[0]).toMatchObject({ kind: 'welcome', remote: 1 });
    remote.send({ kind: 'nav', action: 'next' });
    await screen.next('command');
    // Reserve used up: the next one is told the room is full (a browser cannot read a refused
    // upgrade's status, so it gets a socket that closes at once with CLOSE.full).
    const late = await openClient(s.port);
    expect((await late.closed).code).toBe(CLOSE.full);
    expect(s.relay.stats().connections).toBe(5);
  });

  it('followers whose connection drops without a goodbye are cleaned up; they rejoin at the live slide', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    screen.send({ kind: 'state', position: at('agenda', 1), blank: false });
    const crowd = await Promise.all(Array.from({ length: 30 }, () => client(s, 'audience')));
    const [flaky, steady] = [crowd.slice(0, 10), crowd.slice(10)];
    // The Wi-Fi drops: sockets gone, no close frame, no FIN handshake to wait for.
    for (const c of flaky) c.ws.terminate();
    await expect.poll(() => s.relay.stats().roles.audience).toBe(20);
    screen.send({ kind: 'state', position: at('walti', 4, 1), blank: false });
    await Promise.all(steady.map((c) => c.next('live', (m) => m.position?.id === 'walti')));
    // Back online: each comes straight to where the talk is now.
    const back = await Promise.all(flaky.map(() => client(s, 'audience')));
    for (const c of back) expect(c.messages.find((m) => m.kind === 'live')).toEqual({ kind: 'live', position: at('walti', 4, 1) });
    expect(s.relay.stats().connections).toBe(31);
  });

  it('100 followers joining within a second while the slides move all end on the live step', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    const joining = Array.from({ length: 100 }, (_, i) => new Promise((ok) => setTimeout(ok, i * 8)).then(() => client(s, 'audience')));
    for (let h = 1; h <= 10; h++) {
      screen.send({ kind: 'state', position: at(`step-${h}`, h), blank: false });
      await new Promise((ok) => setTimeout(ok, 80));
    }
    const crowd = await Promise.all(joining);
    await Promise.all(crowd.map((c) => c.next('live', (m) => m.position?.id === 'step-10')));
    expect(crowd.map(lastPosition).every((id) => id === 'step-10')).toBe(true);
    // Nothing a follower sent in the storm reached the screen.
    expect(screen.messages.some((m) => m.kind === 'command')).toBe(false);
  }, 20_000);

  it('a forged hello cannot borrow a role: a remote token as screen, the screen token as remote', async () => {
    const s = await start();
    for (const hello of [
      { kind: 'hello', role: 'screen', token: s.secrets.remotes[0] },
      { kind: 'hello', role: 'remote', token: s.secrets.screen },
    ] as const) {
      const c = await openClient(s.port);
      c.send(encode(hello));
      expect((await c.closed).code).toBe(CLOSE.badToken);
    }
    await expect.poll(() => s.relay.stats().connections).toBe(0);
    expect(s.relay.stats().driver).toBeNull();
  });
});

describe('DNS rebinding: a page of another site re-pointed at the laptop', () => {
  /** An HTTP request or WebSocket upgrade with a given Host header, as a rebound page's would carry. */
  const get = (port: number, host: string): Promise<number> => fetchStatus(`http://127.0.0.1:${port}/`, { host });
  const upgrade = (port: number, host: string): Promise<number | 'open'> =>
    new Promise((ok) => {
      const ws = new WebSocket(wsUrl(port), { origin: `http://${host}`, headers: { host } });
      raw.push(ws);
      ws.once('open', () => ok('open'));
      ws.once('unexpected-response', (_req, res) => ok(res.statusCode ?? 0));
      ws.once('error', () => undefined);
    });

  it('gets 421 for its pages and its socket; the laptop’s own names and the links’ address are served', async () => {
    const s = await start({ publicHost: '192.0.2.10' });
    const evil = `attacker.example:${s.port}`;
    expect(await get(s.port, evil)).toBe(421);
    expect(await upgrade(s.port, evil)).toBe(421);
    // What the printed links and a presenter's own browser use: past the host check (404: this
    // relay serves an empty folder).
    for (const host of [`127.0.0.1:${s.port}`, `localhost:${s.port}`, `192.0.2.10:${s.port}`, `${hostname()}:${s.port}`]) {
      expect(await get(s.port, host), host).toBe(404);
      expect(await upgrade(s.port, host), host).toBe('open');
    }
    for (const address of Object.values(networkInterfaces())
      .flatMap((l) => l ?? [])
      .filter((a) => a.family === 'IPv4')) {
      expect(await get(s.port, `${address.address}:${s.port}`), address.address).toBe(404);
    }
    // A malformed or missing Host is no name of ours either.
    expect(await get(s.port, 'a b')).toBe(421);
  });
});

/** The status of a GET sent with exactly these headers (fetch would not let a Host header through). */
function fetchStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((ok, fail) => {
    const req = httpRequest(url, { headers }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.once('error', fail).end();
  });
}
