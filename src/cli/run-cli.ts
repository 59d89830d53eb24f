/**
 * The lifecycle every CLI shares (pdf, shots, bench, and any new one): whatever happens — success,
 * an expected failure, a bug, Ctrl-C, SIGTERM — the command prints one message, closes every
 * server, browser and temp file it opened, and exits with its documented status. Nothing is left
 * running and the process never hangs on a forgotten handle.
 *
 * Usage, in src/cli/<name>.ts:
 *
 *     await runCli('npm run pdf', (io) => runPdfCli(process.argv.slice(2), io));
 *
 * Resources register themselves: serveStatic() and launchFound() call trackResource(), so a CLI
 * built on them needs no clean-up code of its own for the signal paths. Anything else long-lived
 * (a WebSocket server, a watcher, a temp dir) calls trackResource() and the returned release().
 */

/** Where a CLI prints. Muted once a signal arrived, so a half-finished step cannot print "a bug". */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** 128 + the signal number, as shells report a process a signal stopped. Documented in README. */
export const SIGNAL_EXIT = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type HandledSignal = keyof typeof SIGNAL_EXIT;

interface Tracked {
  name: string;
  close: () => Promise<unknown> | unknown;
}

const open = new Map<number, Tracked>();
let nextId = 0;

/**
 * Registers something that must be closed on every way out. Returns release(): call it once the
 * owner closed the thing itself. Closed in reverse order (a browser before the server it reads).
 */
export function trackResource(name: string, close: () => Promise<unknown> | unknown): () => void {
  const id = nextId++;
  open.set(id, { name, close });
  return () => {
    open.delete(id);
  };
}

/** Names of what is still open, for tests and for the "still running" warning. */
export function openResources(): string[] {
  return [...open.values()].map((t) => t.name);
}

/** Closes everything still tracked, newest first; each close gets `timeoutMs`, errors are ignored. */
export async function closeTracked(timeoutMs = 5_000): Promise<void> {
  const all = [...open.entries()].reverse();
  open.clear();
  for (const [, t] of all) {
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<void>((done) => (timer = setTimeout(done, timeoutMs)));
    try {
      await Promise.race([Promise.resolve().then(t.close), limit]);
    } catch {
      // Closing after a crash often fails (the browser is gone already); the goal is only "not running".
    } finally {
      clearTimeout(timer);
    }
  }
}

export interface RunCliOptions {
  io?: CliIo;
  /** How long the process may stay alive after clean-up before it is ended anyway (default 3 s). */
  graceMs?: number;
}

const CONSOLE: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) };

/**
 * Runs a CLI's main function under the shared lifecycle and sets the process's exit status.
 * `main` returns the status; an exception escaping it is a bug (status 1, with the stack).
 */
export async function runCli(command: string, main: (io: CliIo) => Promise<number>, options: RunCliOptions = {}): Promise<void> {
  const io = options.io ?? CONSOLE;
  let stopping: HandledSignal | undefined;
  const guarded: CliIo = {
    out: (l) => (stopping ? undefined : io.out(l)),
    err: (l) => (stopping ? undefined : io.err(l)),
  };
  const onSignal = (signal: HandledSignal): void => {
    const code = SIGNAL_EXIT[signal];
    // A second Ctrl-C while cleaning up: the user insists; leave at once.
    if (stopping) process.exit(code);
    stopping = signal;
    io.err(
      `${command} stopped by ${signal}${signal === 'SIGINT' ? ' (Ctrl-C)' : ''}: closing the browser and server; nothing was written.`,
    );
    void closeTracked().finally(() => process.exit(code));
  };
  const handlers = (Object.keys(SIGNAL_EXIT) as HandledSignal[]).map((s) => [s, () => onSignal(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);

  let code: number;
  try {
    code = await main(guarded);
  } catch (error) {
    guarded.err(`${command}: unexpected error (a bug: please report it with this message):`);
    guarded.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
    code = 1;
  }
  // A failure path that forgot to close something: close it now rather than hang.
  await closeTracked();
  if (stopping) return; // the signal handler owns the exit
  process.exitCode = code;
  const watchdog = setTimeout(() => {
    io.err(`${command}: still running after clean-up (${process.getActiveResourcesInfo().join(', ')}); exiting.`);
    process.exit(code);
  }, options.graceMs ?? 3_000);
  watchdog.unref();
}
