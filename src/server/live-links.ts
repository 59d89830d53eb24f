import { createHash, randomBytes } from 'node:crypto';
import { lstatSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { TOKEN_PATTERN } from '../protocol/live-protocol.ts';
import { newSecrets, type RelaySecrets } from './relay-secrets.ts';

/**
 * The secrets of `npm run present`, kept across a restart of the same talk. A crash or a closed
 * laptop lid used to make new secrets, so the phone's remote link went dead mid-talk and the
 * presenter had to rescan. Now a run saves its secrets in a per-user cache file (mode 0600, in a
 * 0700 directory) and a run for the same dist/ and --port within KEEP_MS reuses them. The file is
 * trusted only if it is a regular file of this user that nobody else can read; anything else is
 * ignored (and overwritten) with a note that names the file, never its content.
 */

/** Saved links expire this long after the last run that used them: a talk day, not a week. */
export const KEEP_MS = 12 * 60 * 60 * 1000;

/** Tests (and a user who wants them elsewhere) point this at another directory. */
export const CACHE_DIR_ENV = 'DECK_LIVE_CACHE_DIR';

export interface SavedLinks {
  secrets: RelaySecrets;
  /** The port the run listened on: with `--port 0` a restart asks for the same one first. */
  port: number;
  /** The address the links carried (--public-host or the LAN address), to say when it changed. */
  host?: string;
  /** When the talk started (the relay's timer), so a restart mid-talk keeps the presenter's pacing. */
  talkStartedAt?: number;
  /** When these secrets were made, for "links of the run started at 17:02". */
  createdAt: number;
  /** Last run that used them; KEEP_MS counts from here. */
  usedAt: number;
}

export interface LinkStore {
  /** The file for one dist/ directory and requested port. */
  file: string;
  load(now?: number): { saved?: SavedLinks; note?: string };
  save(links: SavedLinks): void;
}

/** The per-user cache directory: XDG on Linux, ~/Library/Caches on macOS, %LOCALAPPDATA% on Windows. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, os: NodeJS.Platform = platform(), home = homedir()): string {
  if (env[CACHE_DIR_ENV]) return env[CACHE_DIR_ENV];
  const base =
    os === 'darwin'
      ? join(home, 'Library', 'Caches')
      : os === 'win32'
        ? (env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'))
        : (env.XDG_CACHE_HOME ?? join(home, '.cache'));
  return join(base, 'security-no-yube-deck');
}

function isSaved(v: unknown): v is SavedLinks {
  const o = v as Partial<SavedLinks> | null;
  const s = o?.secrets;
  const token = (t: unknown): boolean => typeof t === 'string' && TOKEN_PATTERN.test(t);
  return (
    !!s &&
    token(s.screen) &&
    Array.isArray(s.remotes) &&
    s.remotes.length > 0 &&
    s.remotes.every(token) &&
    Number.isInteger(o.port) &&
    (o.port as number) > 0 &&
    (o.port as number) <= 65535 &&
    (o.host === undefined || (typeof o.host === 'string' && o.host.length < 256)) &&
    (o.talkStartedAt === undefined || Number.isFinite(o.talkStartedAt)) &&
    Number.isFinite(o.createdAt) &&
    Number.isFinite(o.usedAt)
  );
}

/** Why a file must not be trusted (a link to elsewhere, another user's, readable by others), or undefined. */
function distrust(file: string): string | undefined {
  const st = lstatSync(file);
  if (!st.isFile()) return 'it is not a regular file';
  if (platform() === 'win32') return undefined; // POSIX modes mean nothing there; %LOCALAPPDATA% is per user
  if (typeof process.getuid === 'function' && st.uid !== process.getuid()) return `it belongs to user ${st.uid}`;
  if (st.mode & 0o077) return `others may read it (mode ${(st.mode & 0o777).toString(8)})`;
  return undefined;
}

export function linkStore(dist: string, requestedPort: number, dir = cacheDir()): LinkStore {
  const key = createHash('sha256').update(`${dist}\0${requestedPort}`).digest('hex').slice(0, 16);
  const file = join(dir, `live-links-${key}.json`);
  return {
    file,
    load(now = Date.now()) {
      let text: string;
      try {
        const why = distrust(file);
        if (why) return { note: `ignored the saved links in ${file}: ${why}. New links were made.` };
        text = readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
        return {
          note: `could not read the saved links in ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}). New links were made.`,
        };
      }
      let saved: unknown;
      try {
        saved = JSON.parse(text);
      } catch {
        saved = undefined;
      }
      if (!isSaved(saved)) return { note: `ignored the saved links in ${file}: not a links file of this deck. New links were made.` };
      if (now - saved.usedAt > KEEP_MS || saved.usedAt > now + 60_000) return {};
      return { saved };
    },
    save(links) {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      // Written whole under a temp name and renamed: a crash mid-write never leaves half a file.
      const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        writeFileSync(temp, `${JSON.stringify(links)}\n`, { mode: 0o600, flag: 'wx' });
        renameSync(temp, file);
      } finally {
        rmSync(temp, { force: true });
      }
    },
  };
}

/**
 * The secrets for this run: the saved ones when they are still good and `fresh` is false, else
 * new ones. Returns what to tell the presenter (never a secret) and whether they were reused.
 */
export function secretsForRun(store: LinkStore, fresh: boolean, now = Date.now()): { links: SavedLinks; reused: boolean; note?: string } {
  const { saved, note } = fresh ? {} : store.load(now);
  if (saved) return { links: { ...saved, usedAt: now }, reused: true, note };
  return { links: { secrets: newSecrets(), port: 0, createdAt: now, usedAt: now }, reused: false, note };
}
