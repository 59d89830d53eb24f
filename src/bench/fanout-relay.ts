/**
 * The relay of the fan-out benchmark in a process of its own, so its memory is the relay's alone:
 * prints its port and secrets as one JSON line, answers each "mem" line on stdin with its RSS and
 * heap in bytes, and exits when stdin closes.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { startLiveServer } from '../server/relay-server.ts';

const server = await startLiveServer({ dir: mkdtempSync(join(tmpdir(), 'fanout-')), limits: { maxConnections: 2000 } });
console.log(JSON.stringify({ port: server.port, secrets: server.secrets }));
const lines = createInterface({ input: process.stdin });
lines.on('line', () => {
  const m = process.memoryUsage();
  console.log(JSON.stringify({ rss: m.rss, heapUsed: m.heapUsed }));
});
lines.on('close', () => void server.close().then(() => process.exit(0)));
