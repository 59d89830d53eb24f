import { describe, expect, it } from 'vitest';
import { MAY_SEND, ROLES } from '../../src/protocol/live-protocol.ts';
import { encode, parseClientMessage, parseServerMessage } from '../../src/protocol/live-validate.ts';
import { newToken, remoteNumber, tokenMatches } from '../../src/server/relay-secrets.ts';

describe('live protocol: validation', () => {
  it('accepts each documented client message and keeps it unchanged', () => {
    const token = newToken();
    for (const m of [
      { kind: 'hello', role: 'remote', token, driving: true },
      { kind: 'hello', role: 'audience' },
      { kind: 'state', position: { id: 'walti-time', h: 3, v: 1, f: -1 }, blank: false },
      { kind: 'nav', action: 'blank' },
      { kind: 'claim' },
      { kind: 'timer-reset' },
      { kind: 'ping' },
    ] as const) {
      expect(parseClientMessage(encode(m))).toEqual({ ok: true, message: m });
    }
  });

  it.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['an unknown kind', '{"kind":"drive"}'],
    ['an extra key', '{"kind":"ping","x":1}'],
    ['a bad role', '{"kind":"hello","role":"admin"}'],
    ['a short token', '{"kind":"hello","role":"remote","token":"abc"}'],
    ['a bad action', '{"kind":"nav","action":"first"}'],
    ['a fractional index', '{"kind":"state","position":{"id":"a","h":1.5,"v":0,"f":-1},"blank":false}'],
    ['a huge index', '{"kind":"state","position":{"id":"a","h":1e9,"v":0,"f":-1},"blank":false}'],
    ['markup in an id', '{"kind":"state","position":{"id":"<img>","h":1,"v":0,"f":-1},"blank":false}'],
    ['a missing key', '{"kind":"state","position":{"id":"a","h":1,"v":0,"f":-1}}'],
    ['a __proto__ key', '{"kind":"ping","__proto__":{"x":1}}'],
  ])('refuses %s', (_name, text) => {
    expect(parseClientMessage(text).ok).toBe(false);
  });

  it('validates what pages receive too', () => {
    expect(parseServerMessage('{"kind":"live","position":null}')).toEqual({ ok: true, message: { kind: 'live', position: null } });
    expect(parseServerMessage('{"kind":"welcome","role":"audience","audienceUrl":"javascript:alert(1)"}').ok).toBe(false);
    expect(parseServerMessage('{"kind":"driver","driver":0}').ok).toBe(false);
    expect(parseServerMessage('{"kind":"command","action":"next","from":1}').ok).toBe(true);
  });

  it('lets a follower send nothing with an effect', () => {
    expect(MAY_SEND.audience).toEqual(['ping']);
    for (const role of ROLES) expect(MAY_SEND[role]).not.toContain('hello');
  });
});

describe('live protocol: secrets', () => {
  it('makes 128-bit tokens and compares them exactly', () => {
    const a = newToken();
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(newToken()).not.toBe(a);
    expect(tokenMatches(a, a)).toBe(true);
    expect(tokenMatches(a.slice(0, 31), a)).toBe(false);
    expect(tokenMatches(undefined, a)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
    const secrets = { screen: newToken(), remotes: [newToken(), newToken()] };
    expect(remoteNumber(secrets.remotes[1], secrets)).toBe(2);
    expect(remoteNumber(secrets.screen, secrets)).toBeUndefined();
  });
});
