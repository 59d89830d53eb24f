import { FANOUT_P95_BUDGET_MS, FANOUT_SIZES, measureFanout, type FanoutResult } from './fanout.ts';

export { FANOUT_P95_BUDGET_MS, FANOUT_SIZES };

/** Runs the fan-out benchmark at every size and prints one line per size. */
export async function runFanout(io: { out(line: string): void }): Promise<FanoutResult[]> {
  io.out(`live relay fan-out over loopback (budget: p95 ≤ ${FANOUT_P95_BUDGET_MS} ms at ${Math.max(...FANOUT_SIZES)} followers):`);
  const results: FanoutResult[] = [];
  for (const n of FANOUT_SIZES) {
    const r = await measureFanout(n);
    results.push(r);
    const f = (ms: number): string => `${ms.toFixed(1)} ms`;
    io.out(
      `  ${String(n).padStart(4)} followers: p50 ${f(r.p50)}, p95 ${f(r.p95)}, p99 ${f(r.p99)}, relay RSS ${r.relayRssMb.toFixed(0)} MB, lost ${r.lost}`,
    );
  }
  return results;
}
