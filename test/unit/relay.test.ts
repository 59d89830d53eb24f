import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { CLOSE, MAX_CLIENT_MESSAGE_BYTES, type Position } from '../../src/protocol/live-protocol.ts';
import { startLiveServer, type LiveServer, type LiveServerOptions } from '../../src/server/relay-server.ts';
import { MAX_TALK_MS, RelayState } from '../../src/server/relay-state.ts';
import { join as joinRelay, openClient, type LiveClient } from '../support/live-client.ts';

const dir = mkdtempSync(join(tmpdir(), 'relay-test-'));
const servers: LiveServer[] = [];
const clients: LiveClient[] = [];

async function start(options: Partial<LiveServerOptions> = {}): Promise<LiveServer> {
  const s = await startLiveServer({ dir, ...options });
  servers.push(s);
  return s;
}
async function client(
  s: LiveServer,
  role: 'screen' | 'remote' | 'audience',
  token?: string,
  extra: { driving?: boolean } = {},
): Promise<LiveClient> {
  const c = await joinRelay(s.port, role, token, extra);
  clients.push(c);
  return c;
}
const at = (id: string, h: number, f = -1): Position => ({ id, h, v: 0, f });

afterEach(async () => {
  for (const c of clients.splice(0)) c.ws.terminate();
  for (const s of servers.splice(0)) await s.close();
});
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

describe('relay: roles', () => {
  it('fans the screen position out to followers, late joiners included, without notes or timers', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    const early = await client(s, 'audience');
    screen.send({ kind: 'state', position: at('agenda', 1, 0), blank: false });
    const seen = await early.next('live', (m) => m.position?.id === 'agenda');
    expect(seen).toEqual({ kind: 'live', position: at('agenda', 1, 0) });
    const late = await client(s, 'audience');
    // The welcome is followed at once by the current position.
    const first = late.messages.filter((m) => m.kind === 'live');
    expect(first[0]).toEqual({ kind: 'live', position: at('agenda', 1, 0) });
    expect(JSON.stringify(late.messages)).not.toContain(s.secrets.screen);
    expect(JSON.stringify(late.messages)).not.toMatch(/driver|clock|remote"/);
  });

  it('forwards the driving remote’s moves to the screen, and tells remotes where the talk is', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    const remote = await client(s, 'remote', s.secrets.remotes[0]);
    expect(remote.messages[0]).toEqual({ kind: 'welcome', role: 'remote', remote: 1, audienceUrl: s.urls.audience });
    await screen.next('driver', (m) => m.driver === 1);
    remote.send({ kind: 'nav', action: 'next' });
    expect(await screen.next('command')).toEqual({ kind: 'command', action: 'next', from: 1 });
    screen.send({ kind: 'state', position: at('walti-time', 3), blank: true });
    const live = await remote.next('live', (m) => m.position?.id === 'walti-time');
    expect(live.blank).toBe(true);
    expect(live.screen).toBe(true);
    expect(live.clock?.talkMs).toBeGreaterThanOrEqual(0);
  });

  it('lets exactly one remote drive; handover is an explicit claim', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    const one = await client(s, 'remote', s.secrets.remotes[0]);
    const two = await client(s, 'remote', s.secrets.remotes[1]);
    expect(two.messages[0]).toMatchObject({ kind: 'welcome', remote: 2 });
    two.send({ kind: 'nav', action: 'next' });
    expect(await two.next('refused')).toEqual({ kind: 'refused', reason: 'not-driver' });
    two.send({ kind: 'claim' });
    await screen.next('driver', (m) => m.driver === 2);
    await one.next('driver', (m) => m.driver === 2);
    one.send({ kind: 'nav', action: 'prev' });
    await one.next('refused', (m) => m.reason === 'not-driver');
    two.send({ kind: 'nav', action: 'prev' });
    expect(await screen.next('command')).toEqual({ kind: 'command', action: 'prev', from: 2 });
    expect(screen.messages.filter((m) => m.kind === 'command')).toHaveLength(1);
  });
});

describe('relay: security', () => {
  it('closes a connection with a wrong or missing token, and a follower cannot become a screen', async () => {
    const s = await start();
    const wrong = await openClient(s.port);
    wrong.send({ kind: 'hello', role: 'remote', token: '0'.repeat(32) });
    expect((await wrong.closed).code).toBe(CLOSE.badToken);
    const screenWithRemoteToken = await openClient(s.port);
    screenWithRemoteToken.send({ kind: 'hello', role: 'screen', token: s.secrets.remotes[0] });
    expect((await screenWithRemoteToken.closed).code).toBe(CLOSE.badToken);
    const none = await openClient(s.port);
    none.send({ kind: 'hello', role: 'screen' });
    expect((await none.closed).code).toBe(CLOSE.badToken);
    expect(s.relay.stats().roles.screen).toBe(0);
  });

  it('ignores everything a follower sends: forged state, nav and claim have no effect', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    screen.send({ kind: 'state', position: at('title', 0), blank: false });
    const other = await client(s, 'audience');
    const forger = await client(s, 'audience');
    forger.send({ kind: 'state', position: at('coupon', 9), blank: true });
    forger.send({ kind: 'nav', action: 'next' });
    forger.send({ kind: 'claim' });
    forger.send({ kind: 'hello', role: 'screen', token: s.secrets.screen });
    forger.send({ kind: 'ping' });
    await forger.next('pong'); // every earlier message was handled by then
    expect(forger.messages.map((m) => m.kind)).toEqual(['welcome', 'live', 'pong']);
    expect(screen.messages.some((m) => m.kind === 'command')).toBe(false);
    expect(other.messages.filter((m) => m.kind === 'live').map((m) => (m.kind === 'live' ? m.position?.id : ''))).toEqual(['title']);
    expect(s.relay.stats()).toMatchObject({ driver: null, roles: { screen: 1, audience: 2 } });
  });

  it('refuses a foreign or missing Origin and any path but /live', async () => {
    const s = await start();
    await expect(openClient(s.port, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(openClient(s.port, { origin: null })).rejects.toThrow(/403/);
    const other = new WebSocket(`ws://127.0.0.1:${s.port}/elsewhere`, { origin: `http://127.0.0.1:${s.port}` });
    await expect(new Promise((ok, fail) => other.on('open', ok).on('error', fail))).rejects.toThrow(/404/);
  });

  it('closes on malformed, oversized and binary messages, and refuses an unknown kind', async () => {
    const s = await start();
    const garbage = await openClient(s.port);
    garbage.send('{not json');
    expect((await garbage.closed).code).toBe(CLOSE.badHello);
    const huge = await openClient(s.port);
    huge.send(JSON.stringify({ kind: 'hello', role: 'audience', pad: 'x'.repeat(MAX_CLIENT_MESSAGE_BYTES) }));
    expect((await huge.closed).code).toBe(1009);
    const remote = await client(s, 'remote', s.secrets.remotes[0]);
    remote.send({ kind: 'nav', action: 'next', extra: 1 } as never);
    expect(await remote.next('refused')).toEqual({ kind: 'refused', reason: 'bad-message' });
    remote.send({ kind: 'state', position: at('title', 0), blank: false });
    expect(await remote.next('refused', (m) => m.reason === 'not-allowed')).toBeTruthy();
    remote.ws.send(Buffer.from([1, 2, 3]));
    await remote.next('refused', (m) => m.reason === 'bad-message' && remote.messages.filter((x) => x.kind === 'refused').length === 3);
    const silent = await openClient(s.port);
    expect((await silent.closed).code).toBe(CLOSE.helloTimeout);
  }, 15_000);

  it('closes a client that floods, and refuses connections above the cap', async () => {
    const s = await start({ limits: { maxConnections: 3, reservedForPresenters: 0 } });
    const flood = await client(s, 'audience');
    for (let i = 0; i < 100; i++) flood.send({ kind: 'ping' });
    expect((await flood.closed).code).toBe(CLOSE.rate);
    const kept = await Promise.all([client(s, 'audience'), client(s, 'audience'), client(s, 'audience')]);
    // Over the cap: a socket that closes at once, saying why (the page tells the reader the room is full).
    const turnedAway = await openClient(s.port);
    expect((await turnedAway.closed).code).toBe(CLOSE.full);
    expect(s.relay.stats().connections).toBe(3);
    expect(kept.every((c) => c.ws.readyState === WebSocket.OPEN)).toBe(true);
  });
});

describe('relay: faults', () => {
  it('takes 100 followers joining in the same second; each gets the position at once', async () => {
    const s = await start();
    const screen = await client(s, 'screen', s.secrets.screen);
    screen.send({ kind: 'state', position: at('ranking', 5, 2), blank: false });
    await client(s, 'audience').then((c) => c.next('live', (m) => m.position?.id === 'ranking'));
    const crowd = await Promise.all(Array.from({ length: 100 }, () => client(s, 'audience')));
    const firsts = await Promise.all(crowd.map((c) => c.next('live')));
    expect(firsts.every((m) => m.position?.id === 'ranking' && m.position.f === 2)).toBe(true);
    screen.send({ kind: 'state', position: at('coupon', 6), blank: false });
    await Promise.all(crowd.map((c) => c.next('live', (m) => m.position?.id === 'coupon')));
    expect(s.relay.stats().roles.audience).toBe(101);
  }, 20_000);

  it('after a restart on the same port the screen restores the position and the remote drives again', async () => {
    const first = await start();
    const { port, secrets } = first;
    const screen = await client(first, 'screen', secrets.screen);
    screen.send({ kind: 'state', position: at('walti', 2), blank: false });
    await client(first, 'remote', secrets.remotes[0]);
    await first.close();
    servers.splice(servers.indexOf(first), 1);
    expect((await screen.closed).code).toBe(CLOSE.shutdown);
    const second = await start({ port, secrets });
    // What a page does on reconnect: say hello again, the screen with its state, the remote as the driver it was.
    const audience = await client(second, 'audience');
    expect(audience.messages.find((m) => m.kind === 'live')).toEqual({ kind: 'live', position: null });
    const screen2 = await client(second, 'screen', secrets.screen);
    screen2.send({ kind: 'state', position: at('walti', 2), blank: false });
    await audience.next('live', (m) => m.position?.id === 'walti');
    const passenger = await client(second, 'remote', secrets.remotes[1], { driving: false });
    const driver = await client(second, 'remote', secrets.remotes[0], { driving: true });
    await passenger.next('driver', (m) => m.driver === 1);
    driver.send({ kind: 'nav', action: 'next' });
    await screen2.next('command', (m) => m.from === 1);
  });

  it('a reloaded screen replaces the old one, which is told not to come back', async () => {
    const s = await start();
    const old = await client(s, 'screen', s.secrets.screen);
    await client(s, 'screen', s.secrets.screen);
    expect((await old.closed).code).toBe(CLOSE.replaced);
    await expect.poll(() => s.relay.stats().roles.screen).toBe(1);
  });

  it('drops a follower that does not answer pings', async () => {
    const s = await start({ limits: { heartbeatMs: 100 } });
    const ghost = await client(s, 'audience');
    // A phone gone to sleep: its socket stays open but nothing answers.
    ghost.ws.pong = () => undefined;
    (ghost.ws as unknown as { _receiver: { removeAllListeners(e: string): void } })._receiver.removeAllListeners('ping');
    const { code } = await ghost.closed;
    expect(code).toBe(1006);
    await expect.poll(() => s.relay.stats().connections).toBe(0);
  });
});

describe('relay: the talk timer across a restart', () => {
  const clock = (start: number): { now: () => number; advance(ms: number): void } => {
    let t = start;
    return { now: () => t, advance: (ms) => (t += ms) };
  };

  it('resumes the saved talk start when the screen comes back mid-talk, and saves a new one', () => {
    const c = clock(1_000_000);
    const saved: number[] = [];
    const first = new RelayState(c.now, { onTalkStart: (at) => saved.push(at) });
    first.update(at('title', 0), false);
    c.advance(5_000);
    first.update(at('agenda', 1), false);
    expect(saved).toEqual([1_005_000]);
    c.advance(600_000);
    // The relay restarts: the screen's first report is mid-talk, the timer goes on from the saved start.
    const second = new RelayState(c.now, { talkStartedAt: saved[0] });
    second.update(at('walti', 7), false);
    expect(second.clock()).toEqual({ talkMs: 600_000, slideMs: 0 });
    second.resetTimer();
    expect(second.clock().talkMs).toBe(0);
  });

  it('starts afresh when the screen is back at the first slide, or the saved start is hours old', () => {
    const c = clock(50_000_000);
    const atStart = new RelayState(c.now, { talkStartedAt: 49_000_000 });
    atStart.update(at('title', 0), false);
    c.advance(2_000);
    atStart.update(at('agenda', 1), false);
    expect(atStart.clock().talkMs).toBe(0);
    const old = new RelayState(c.now, { talkStartedAt: c.now() - MAX_TALK_MS });
    old.update(at('walti', 7), false);
    expect(old.clock().talkMs).toBe(0);
  });
});
