/**
 * The live protocol between the relay (`npm run present`), the screen (the laptop's deck), the
 * remotes (phones) and the audience (followers). Every string of the protocol is spelled here and
 * only here; the relay and every browser side import it. Messages are JSON text frames.
 *
 * Who sends what: the screen is the source of truth for where the talk is (`state`); a remote
 * asks the screen to move (`nav`, only while it drives) or takes over driving (`claim`); a
 * follower sends nothing that has an effect. The relay never sees speaker notes: the remote
 * page reads them from the deck's own files.
 */

/** WebSocket endpoint on the same origin as the deck (CSP `connect-src 'self'`). */
export const LIVE_PATH = '/live';
export { LIVE_PARAM } from './live-param.ts';
/** Query parameter with the screen's secret (the remote's lives in its URL fragment). */
export const KEY_PARAM = 'key';
/** Fragment parameter of remote.html with the remote's secret. */
export const REMOTE_KEY_PARAM = 'key';

export const ROLES = ['screen', 'remote', 'audience'] as const;
export type Role = (typeof ROLES)[number];
/** `?live=` value of each page `present` serves. */
export const LIVE_MODE = { screen: 'screen', audience: 'follow' } as const;

export const NAV_ACTIONS = ['next', 'prev', 'blank'] as const;
export type NavAction = (typeof NAV_ACTIONS)[number];

/** Bytes a client may send in one message; the relay closes a connection that sends more. */
export const MAX_CLIENT_MESSAGE_BYTES = 1024;
/** Secrets are 128 bits, written as 32 hex digits. */
export const TOKEN_PATTERN = /^[0-9a-f]{32}$/;
/** Slide ids as the deck compiler writes them (the deep link `#/walti-time`). */
export const SLIDE_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** Where the talk is: reveal's indices (`f` = -1 before the first fragment) and the slide's id. */
export interface Position {
  id: string;
  h: number;
  v: number;
  f: number;
}

/** Timers kept by the relay (its clock), in ms at the moment of sending. */
export interface Clock {
  talkMs: number;
  slideMs: number;
}

export type ClientMessage =
  | { kind: 'hello'; role: Role; token?: string; driving?: boolean }
  | { kind: 'state'; position: Position; blank: boolean }
  | { kind: 'nav'; action: NavAction }
  | { kind: 'claim' }
  | { kind: 'timer-reset' }
  | { kind: 'ping' };

export type ClientKind = ClientMessage['kind'];

/** Who may send what after `hello`. Anything else is refused (and a follower's is ignored). */
export const MAY_SEND: Record<Role, readonly ClientKind[]> = {
  screen: ['state', 'ping'],
  remote: ['nav', 'claim', 'timer-reset', 'ping'],
  audience: ['ping'],
};

/** Remotes are numbered 1, 2 … in the order `present` prints their links; null = nobody drives. */
export type DriverId = number | null;

export type ServerMessage =
  /** Answer to a good hello; `remote` is the remote's own number. */
  | { kind: 'welcome'; role: Role; remote?: number; audienceUrl: string }
  /**
   * Where the talk is. Followers get `position` only; remotes also whether the projector is
   * blanked, the relay's timers and whether a screen is connected.
   */
  | { kind: 'live'; position: Position | null; blank?: boolean; clock?: Clock; screen?: boolean }
  | { kind: 'driver'; driver: DriverId }
  /** To the screen: a move the driving remote asked for. */
  | { kind: 'command'; action: NavAction; from: number }
  | { kind: 'refused'; reason: RefusedReason }
  | { kind: 'pong' };

export const REFUSED_REASONS = ['bad-message', 'not-allowed', 'not-driver'] as const;
export type RefusedReason = (typeof REFUSED_REASONS)[number];

/**
 * Close codes (4000–4999 are the application's). A client does not reconnect after `badToken`
 * (its link is from another run) or `replaced` (another tab of the same screen took over).
 */
export const CLOSE = {
  badToken: 4001,
  replaced: 4002,
  helloTimeout: 4003,
  badHello: 4004,
  rate: 4008,
  full: 4013,
  shutdown: 1001,
} as const;

export const FINAL_CLOSE_CODES: readonly number[] = [CLOSE.badToken, CLOSE.replaced];
