/**
 * `npm run present [-- options]`: serves the built deck on the local network with the live relay
 * and prints the screen, remote and audience links with a QR code each. See `--help`.
 */
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { LANGS, type Lang } from '../deck/types.ts';
import { buildDeck, staleReason } from '../pdf/build.ts';
import { startLiveServer, type LiveServer } from '../server/relay-server.ts';
import { KEEP_MS, linkStore, secretsForRun } from '../server/live-links.ts';
import { DEFAULT_PORT, PRESENT_EXIT, PRESENT_HELP } from './present-help.ts';
import { lanAddress, printLinks } from './present-links.ts';

class UsageError extends Error {}

interface PresentOptions {
  host: string;
  port: number;
  publicHost?: string;
  lang?: Lang;
  newLinks: boolean;
}

function parsePresentArgs(argv: readonly string[]): PresentOptions | 'help' {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        'public-host': { type: 'string' },
        lang: { type: 'string' },
        'new-links': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535)
    throw new UsageError(`--port "${values.port}" is not a port: use 0–65535 (0 picks a free one).`);
  if (values.lang !== undefined && !(LANGS as readonly string[]).includes(values.lang)) {
    throw new UsageError(`--lang "${values.lang}" is not a language of the deck: use ${LANGS.join(' or ')}.`);
  }
  return {
    host: values.host ?? '0.0.0.0',
    port,
    publicHost: values['public-host'],
    lang: values.lang as Lang | undefined,
    newLinks: values['new-links'] ?? false,
  };
}

/**
 * Ctrl-C and SIGTERM are caught from the first line on, not only once the links are printed: with
 * Node's default disposition a signal that lands between printing "Stop with Ctrl-C" and adding a
 * listener ends the process at once, with no status and the port still closing. Until the server
 * is up, a signal means "interrupted" (130/143); afterwards it is the normal way to stop (0).
 */
const signals: { received?: NodeJS.Signals; onSignal?: () => void } = {};
function catchSignals(): void {
  const handler = (signal: NodeJS.Signals): void => {
    // A second signal while closing: the presenter insists; leave at once.
    if (signals.received) process.exit(PRESENT_EXIT.ok);
    signals.received = signal;
    if (signals.onSignal) signals.onSignal();
    else {
      console.error(`present: stopped by ${signal} before the deck was served.`);
      process.exit(signal === 'SIGINT' ? PRESENT_EXIT.interrupted : PRESENT_EXIT.terminated);
    }
  };
  process.on('SIGINT', handler).on('SIGTERM', handler);
}

async function run(argv: readonly string[]): Promise<number> {
  catchSignals();
  let options: PresentOptions | 'help';
  try {
    options = parsePresentArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`present: ${error.message}\nRun "npm run present -- --help" for the options.`);
    return PRESENT_EXIT.usage;
  }
  if (options === 'help') {
    console.log(PRESENT_HELP);
    return PRESENT_EXIT.ok;
  }
  const root = resolve('.');
  const why = staleReason(root) ?? (existsSync(resolve(root, 'dist/remote.html')) ? undefined : 'dist/remote.html is missing');
  if (why) {
    console.log(`Building the deck (${why})…`);
    try {
      await buildDeck(root);
    } catch (error) {
      console.error((error as Error).message);
      return PRESENT_EXIT.buildFailed;
    }
  }
  const publicHost = options.publicHost ?? lanAddress(options.host);
  const dir = resolve(root, 'dist');
  const store = linkStore(dir, options.port);
  const { links, reused, note } = secretsForRun(store, options.newLinks);
  if (note) console.log(`present: ${note}`);
  const saved = { ...links };
  const save = (): void => {
    try {
      store.save(saved);
    } catch (error) {
      // The talk goes on; only a restart would need new links.
      console.log(
        `present: could not save the links for a restart (${(error as NodeJS.ErrnoException).code ?? 'error'} in ${store.file}).`,
      );
    }
  };
  // The talk's start is saved with the links: a restart mid-talk keeps the phone's timer and pacing.
  const clock = { talkStartedAt: links.talkStartedAt, onTalkStart: (at: number) => ((saved.talkStartedAt = at), save()) };
  const listen = (port: number): Promise<LiveServer> =>
    startLiveServer({
      dir,
      host: options.host,
      port,
      publicHost: publicHost ?? '127.0.0.1',
      lang: options.lang,
      secrets: links.secrets,
      clock,
    });
  let server: LiveServer;
  try {
    // --port 0 after a restart: the port of the last run first, so its links still work.
    try {
      server = await listen(options.port === 0 && reused ? links.port : options.port);
    } catch (error) {
      if (options.port !== 0 || !reused || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
      server = await listen(0);
    }
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'EADDRINUSE' && e.code !== 'EADDRNOTAVAIL' && e.code !== 'EACCES') throw error;
    const why = e.code === 'EADDRINUSE' ? 'is in use' : e.code === 'EACCES' ? 'needs more privileges' : 'is not an address of this machine';
    console.error(
      `present: cannot listen on ${options.host}:${options.port}: it ${why} (${e.code}).\nHint: pick another with --port N (0 picks a free one) or --host ADDRESS.`,
    );
    return PRESENT_EXIT.cannotListen;
  }
  Object.assign(saved, { port: server.port, host: publicHost });
  save();
  console.log(`Serving dist/ on ${options.host}:${server.port} with the live relay.`);
  if (!publicHost) console.log('No network address found: phones cannot reach this machine. Join the venue Wi-Fi, or pass --public-host.');
  printLinks(server.urls);
  const since = new Date(links.createdAt).toTimeString().slice(0, 5);
  const was = `${links.host ?? publicHost}:${links.port}`;
  const now = `${publicHost}:${server.port}`;
  const moved = reused && was !== now ? ` The address changed (${was} → ${now}): phones must rescan.` : '';
  console.log(
    reused
      ? `\nSame links as the run of ${since}: phones and the room reconnect by themselves.${moved} --new-links makes new ones.`
      : `\nNew links, kept for a restart within ${KEEP_MS / 3_600_000} h (--new-links makes new ones).`,
  );
  console.log('\nPhones must be on the same network as this laptop. Stop with Ctrl-C.');
  const live = server;
  return new Promise<number>((done) => {
    const stop = (): void => {
      console.log('\nStopping…');
      void live.close().then(() => done(PRESENT_EXIT.ok));
    };
    if (signals.received) stop();
    else signals.onSignal = stop;
  });
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  console.error(`present: unexpected error: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = PRESENT_EXIT.unexpected;
}
