import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import { LIVE_PATH } from '../protocol/live-protocol.ts';
import { encode, parseServerMessage } from '../protocol/live-validate.ts';
import type { RelaySecrets } from '../server/relay-secrets.ts';

/** Followers the benchmark simulates, and the budget it holds at the largest. */
export const FANOUT_SIZES = [50, 200, 500] as const;
export const FANOUT_P95_BUDGET_MS = 50;

export interface FanoutResult {
  followers: number;
  p50: number;
  p95: number;
  p99: number;
  /** The relay process's resident memory with every follower connected, in MB. */
  relayRssMb: number;
  /** Deliveries that never arrived (should be 0). */
  lost: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

/**
 * One screen and N followers (real `ws` clients over loopback) against a relay in its own
 * process. The screen changes slide `steps` times; each follower stamps when the change arrived.
 * Latency = arrival − the moment the screen sent it, on this process's clock.
 */
export async function measureFanout(followers: number, steps = 20): Promise<FanoutResult> {
  const relay = spawn(process.execPath, ['--import', 'tsx', 'src/bench/fanout-relay.ts'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: relay.stdout })[Symbol.asyncIterator]();
  const next = async (): Promise<string> => String((await lines.next()).value ?? '');
  try {
    const { port, secrets } = JSON.parse(await next()) as { port: number; secrets: RelaySecrets };
    const origin = `http://127.0.0.1:${port}`;
    const open = (): Promise<WebSocket> =>
      new Promise((ok, fail) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}${LIVE_PATH}`, { origin });
        ws.once('open', () => ok(ws)).once('error', fail);
      });
    const arrivals: Map<string, number>[] = [];
    const clients: WebSocket[] = [];
    // Joined in batches: the benchmark measures fan-out, not the kernel's accept queue.
    for (let i = 0; i < followers; i += 50) {
      const batch = await Promise.all(Array.from({ length: Math.min(50, followers - i) }, open));
      for (const ws of batch) {
        const seen = new Map<string, number>();
        arrivals.push(seen);
        ws.on('message', (data) => {
          const m = parseServerMessage(data.toString());
          if (m.ok && m.message.kind === 'live' && m.message.position) seen.set(m.message.position.id, performance.now());
        });
        ws.send(encode({ kind: 'hello', role: 'audience' }));
        clients.push(ws);
      }
    }
    const screen = await open();
    screen.send(encode({ kind: 'hello', role: 'screen', token: secrets.screen }));
    await new Promise((ok) => setTimeout(ok, 300));
    relay.stdin.write('mem\n');
    const { rss } = JSON.parse(await next()) as { rss: number };
    const sent = new Map<string, number>();
    // The first few changes warm up the JIT on both sides; they are sent but not counted.
    const warmUp = 5;
    for (let s = 0; s < steps + warmUp; s++) {
      const id = `step-${s}`;
      if (s >= warmUp) sent.set(id, performance.now());
      screen.send(encode({ kind: 'state', position: { id, h: s + 1, v: 0, f: -1 }, blank: false }));
      await new Promise((ok) => setTimeout(ok, 100));
    }
    await new Promise((ok) => setTimeout(ok, 500));
    const latencies: number[] = [];
    let lost = 0;
    for (const seen of arrivals) {
      for (const [id, t0] of sent) {
        const t = seen.get(id);
        if (t === undefined) lost++;
        else latencies.push(t - t0);
      }
    }
    latencies.sort((a, b) => a - b);
    for (const ws of [...clients, screen]) ws.terminate();
    return {
      followers,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      relayRssMb: rss / 1e6,
      lost,
    };
  } finally {
    relay.stdin.end();
    await new Promise((ok) => (relay.exitCode !== null ? ok(undefined) : relay.once('exit', ok)));
  }
}
