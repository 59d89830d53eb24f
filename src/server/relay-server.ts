import { KEY_PARAM, LIVE_MODE, LIVE_PARAM, REMOTE_KEY_PARAM } from '../protocol/live-protocol.ts';
import type { Lang } from '../deck/types.ts';
import { hostAllowlist } from './host-allowlist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { attachRelay, type Relay, type RelayOptions } from './relay.ts';
import { newSecrets, type RelaySecrets } from './relay-secrets.ts';

export interface LiveServerOptions {
  /** The built deck. */
  dir: string;
  /** Interface to listen on (default 127.0.0.1; `present` uses 0.0.0.0). */
  host?: string;
  /** Port (default 0: a free one). A restarted relay passes the port it had. */
  port?: number;
  /** Host name or address the phones and the room reach this machine at (default 127.0.0.1). */
  publicHost?: string;
  /** Keep the secrets of a previous run: only for a relay restarted within one talk (tests). */
  secrets?: RelaySecrets;
  lang?: Lang;
  limits?: RelayOptions['limits'];
  clock?: RelayOptions['clock'];
}

/** The links `present` prints. `remotes[0]` is the main presenter's phone, the others co-presenters'. */
export interface LiveUrls {
  screen: string;
  remotes: string[];
  audience: string;
}

export interface LiveServer {
  port: number;
  urls: LiveUrls;
  secrets: RelaySecrets;
  relay: Relay;
  close(): Promise<void>;
}

export function liveUrls(base: { local: string; public: string }, secrets: RelaySecrets, lang?: Lang): LiveUrls {
  const page = (root: string, path: string, params: Record<string, string>, fragment?: string): string => {
    const url = new URL(path, root);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    if (lang) url.searchParams.set('lang', lang);
    if (fragment) url.hash = fragment;
    return url.href;
  };
  return {
    screen: page(base.local, '', { [LIVE_PARAM]: LIVE_MODE.screen, [KEY_PARAM]: secrets.screen }),
    remotes: secrets.remotes.map((key) => page(base.public, 'remote.html', {}, `${REMOTE_KEY_PARAM}=${key}`)),
    audience: page(base.public, '', { [LIVE_PARAM]: LIVE_MODE.audience }),
  };
}

/** The deck's static server with the live relay on the same port: what `npm run present` runs. */
export async function startLiveServer(options: LiveServerOptions): Promise<LiveServer> {
  const host = options.publicHost ?? '127.0.0.1';
  // DNS rebinding: only this machine's own names and addresses, and the one the links use.
  const allowHost = hostAllowlist([host, options.host]);
  const files: StaticServer = await serveStatic(options.dir, { host: options.host ?? '127.0.0.1', port: options.port ?? 0, allowHost });
  const secrets = options.secrets ?? newSecrets();
  const urls = liveUrls(
    { local: `http://127.0.0.1:${files.port}/`, public: `http://${host.includes(':') ? `[${host}]` : host}:${files.port}/` },
    secrets,
    options.lang,
  );
  const relay = attachRelay(files.server, { secrets, audienceUrl: urls.audience, limits: options.limits, clock: options.clock, allowHost });
  return {
    port: files.port,
    urls,
    secrets,
    relay,
    async close() {
      await relay.close();
      await files.close();
    },
  };
}
