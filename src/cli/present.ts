/**
 * `npm run present [-- options]`: serves the built deck on the local network with the live relay
 * and prints the screen, remote and audience links with a QR code each. See `--help`.
 */
import { networkInterfaces } from 'node:os';
import { resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { renderUnicodeCompact } from 'uqr';
import { LANGS, type Lang } from '../deck/types.ts';
import { buildDeck, staleReason } from '../pdf/build.ts';
import { startLiveServer, type LiveUrls } from '../server/relay-server.ts';

const PRESENT_EXIT = { ok: 0, unexpected: 1, usage: 2, buildFailed: 4, cannotListen: 8, interrupted: 130, terminated: 143 } as const;

const DEFAULT_PORT = 8080;

const PRESENT_HELP = `Usage: npm run present -- [options]

Serves the deck on this machine's network with a live relay: the laptop shows the deck, the
presenter's phone is a remote, and the room follows along on their phones. Builds dist/ first if
it is missing or older than the sources. Prints three links, each with a QR code:
  screen:    open on the laptop that drives the projector
  remote:    open on the presenter's phone (a secret link: show it to no one; remote 2 is for a co-presenter)
  audience:  for the room (also shown on the title and coupon slides while live)

Options:
      --host ADDRESS    interface to listen on (default: 0.0.0.0, every interface)
      --port N          port (default: ${DEFAULT_PORT}; 0 picks a free one)
      --public-host H   address phones use to reach this machine (default: the first LAN address)
      --lang ja|en      language of the deck and the notes in the links (default: ${LANGS[0]})
  -h, --help            show this help

Stop with Ctrl-C. The links work for this run only: every run makes new secrets.

Exit status:
  ${PRESENT_EXIT.ok}  stopped with Ctrl-C (or SIGTERM)
  ${PRESENT_EXIT.unexpected}  unexpected error (a bug: please report it with the message)
  ${PRESENT_EXIT.usage}  bad usage (unknown option, bad value)
  ${PRESENT_EXIT.buildFailed}  the deck did not build (the message names the file and line)
  ${PRESENT_EXIT.cannotListen}  cannot listen on --host/--port (in use, or not an address of this machine)
  ${PRESENT_EXIT.interrupted}  Ctrl-C (${PRESENT_EXIT.terminated}: SIGTERM) before the deck was served, e.g. during the build
`;

class UsageError extends Error {}

interface PresentOptions {
  host: string;
  port: number;
  publicHost?: string;
  lang?: Lang;
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
  return { host: values.host ?? '0.0.0.0', port, publicHost: values['public-host'], lang: values.lang as Lang | undefined };
}

/** The address phones on the same Wi-Fi reach this machine at: the first non-internal IPv4. */
function lanAddress(host: string): string | undefined {
  if (host !== '0.0.0.0' && host !== '::') return host;
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return undefined;
}

/** A QR code in the terminal: half-block characters, light modules drawn white on black whatever the theme. */
function terminalQr(url: string): string {
  const qr = renderUnicodeCompact(url, { border: 2, ecc: 'L' });
  if (process.env.NO_COLOR) return qr;
  return qr
    .split('\n')
    .map((line) => `\x1b[97;40m${line}\x1b[0m`)
    .join('\n');
}

function printLinks(urls: LiveUrls): void {
  const out = (label: string, url: string): void => console.log(`\n${label} ${url}\n${terminalQr(url)}`);
  out('screen:  ', urls.screen);
  urls.remotes.forEach((url, i) => out(i === 0 ? 'remote:  ' : `remote ${i + 1}:`, url));
  out('audience:', urls.audience);
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
  let server;
  try {
    server = await startLiveServer({
      dir: resolve(root, 'dist'),
      host: options.host,
      port: options.port,
      publicHost: publicHost ?? '127.0.0.1',
      lang: options.lang,
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    if (e.code !== 'EADDRINUSE' && e.code !== 'EADDRNOTAVAIL' && e.code !== 'EACCES') throw error;
    const why = e.code === 'EADDRINUSE' ? 'is in use' : e.code === 'EACCES' ? 'needs more privileges' : 'is not an address of this machine';
    console.error(
      `present: cannot listen on ${options.host}:${options.port}: it ${why} (${e.code}).\nHint: pick another with --port N (0 picks a free one) or --host ADDRESS.`,
    );
    return PRESENT_EXIT.cannotListen;
  }
  console.log(`Serving dist/ on ${options.host}:${server.port} with the live relay.`);
  if (!publicHost) console.log('No network address found: phones cannot reach this machine. Join the venue Wi-Fi, or pass --public-host.');
  printLinks(server.urls);
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
