import {
  NAV_ACTIONS,
  REFUSED_REASONS,
  ROLES,
  SLIDE_ID_PATTERN,
  TOKEN_PATTERN,
  type ClientMessage,
  type Clock,
  type Position,
  type ServerMessage,
} from './live-protocol.ts';

/**
 * Total validators for both directions: any input gives either a typed message or the reason it
 * is not one. A message must have exactly the documented keys; unknown keys, wrong types, huge
 * numbers and long strings are errors, so nothing unexpected reaches the relay's logic or a page.
 */
export type Parsed<T> = { ok: true; message: T } | { ok: false; error: string };

type Json = Record<string, unknown>;

const MAX_INDEX = 10_000;
const MAX_MS = 1e9;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function hasOnly(o: Json, required: readonly string[], optional: readonly string[] = []): boolean {
  const keys = Object.keys(o);
  return required.every((k) => k in o) && keys.every((k) => required.includes(k) || optional.includes(k));
}

const isInt = (v: unknown, min: number, max: number): v is number => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const isOneOf = <T extends string>(v: unknown, values: readonly T[]): v is T =>
  typeof v === 'string' && (values as readonly string[]).includes(v);

function isPosition(v: unknown): v is Position {
  return (
    isObject(v) &&
    hasOnly(v, ['id', 'h', 'v', 'f']) &&
    typeof v.id === 'string' &&
    SLIDE_ID_PATTERN.test(v.id) &&
    isInt(v.h, 0, MAX_INDEX) &&
    isInt(v.v, 0, MAX_INDEX) &&
    isInt(v.f, -1, MAX_INDEX)
  );
}

function isClock(v: unknown): v is Clock {
  return isObject(v) && hasOnly(v, ['talkMs', 'slideMs']) && isInt(v.talkMs, 0, MAX_MS) && isInt(v.slideMs, 0, MAX_MS);
}

function parseJson(text: string): Json | string {
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : 'not a JSON object';
  } catch {
    return 'not JSON';
  }
}

function checkClient(o: Json): ClientMessage | undefined {
  switch (o.kind) {
    case 'hello':
      if (!hasOnly(o, ['kind', 'role'], ['token', 'driving']) || !isOneOf(o.role, ROLES)) return undefined;
      if (o.token !== undefined && !(typeof o.token === 'string' && TOKEN_PATTERN.test(o.token))) return undefined;
      if (o.driving !== undefined && typeof o.driving !== 'boolean') return undefined;
      return { kind: 'hello', role: o.role, token: o.token, driving: o.driving };
    case 'state':
      return hasOnly(o, ['kind', 'position', 'blank']) && isPosition(o.position) && typeof o.blank === 'boolean'
        ? { kind: 'state', position: o.position, blank: o.blank }
        : undefined;
    case 'nav':
      return hasOnly(o, ['kind', 'action']) && isOneOf(o.action, NAV_ACTIONS) ? { kind: 'nav', action: o.action } : undefined;
    case 'claim':
    case 'timer-reset':
    case 'ping':
      return hasOnly(o, ['kind']) ? { kind: o.kind } : undefined;
    default:
      return undefined;
  }
}

function checkServer(o: Json): ServerMessage | undefined {
  switch (o.kind) {
    case 'welcome':
      if (!hasOnly(o, ['kind', 'role', 'audienceUrl'], ['remote']) || !isOneOf(o.role, ROLES)) return undefined;
      if (typeof o.audienceUrl !== 'string' || !/^https?:\/\/\S{1,500}$/.test(o.audienceUrl)) return undefined;
      if (o.remote !== undefined && !isInt(o.remote, 1, 99)) return undefined;
      return { kind: 'welcome', role: o.role, audienceUrl: o.audienceUrl, remote: o.remote };
    case 'live':
      if (!hasOnly(o, ['kind', 'position'], ['blank', 'clock', 'screen']) || !(o.position === null || isPosition(o.position)))
        return undefined;
      if ((o.blank !== undefined && typeof o.blank !== 'boolean') || (o.screen !== undefined && typeof o.screen !== 'boolean'))
        return undefined;
      if (o.clock !== undefined && !isClock(o.clock)) return undefined;
      return { kind: 'live', position: o.position, blank: o.blank, clock: o.clock, screen: o.screen };
    case 'driver':
      return hasOnly(o, ['kind', 'driver']) && (o.driver === null || isInt(o.driver, 1, 99))
        ? { kind: 'driver', driver: o.driver }
        : undefined;
    case 'command':
      return hasOnly(o, ['kind', 'action', 'from']) && isOneOf(o.action, NAV_ACTIONS) && isInt(o.from, 1, 99)
        ? { kind: 'command', action: o.action, from: o.from }
        : undefined;
    case 'refused':
      return hasOnly(o, ['kind', 'reason']) && isOneOf(o.reason, REFUSED_REASONS) ? { kind: 'refused', reason: o.reason } : undefined;
    case 'pong':
      return hasOnly(o, ['kind']) ? { kind: 'pong' } : undefined;
    default:
      return undefined;
  }
}

function parseWith<T>(text: string, check: (o: Json) => T | undefined): Parsed<T> {
  const json = parseJson(text);
  if (typeof json === 'string') return { ok: false, error: json };
  const message = check(json);
  if (message === undefined) return { ok: false, error: `not a valid "${String(json.kind).slice(0, 20)}" message` };
  // Optional keys that were absent stay absent, so a message survives a round trip unchanged.
  const present = Object.fromEntries(Object.entries(message as Json).filter(([, v]) => v !== undefined)) as T;
  return { ok: true, message: present };
}

/** What the relay accepts from a client. */
export const parseClientMessage = (text: string): Parsed<ClientMessage> => parseWith(text, checkClient);
/** What a page accepts from the relay. */
export const parseServerMessage = (text: string): Parsed<ServerMessage> => parseWith(text, checkServer);
/** One place that turns a message into a frame, so both sides write the same JSON. */
export const encode = (message: ClientMessage | ServerMessage): string => JSON.stringify(message);
