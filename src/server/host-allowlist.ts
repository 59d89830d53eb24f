import { hostname, networkInterfaces } from 'node:os';
import { trustworthyHost } from './static-server.ts';

/**
 * The Host names the live server answers to: loopback, this machine's own addresses and names, and
 * the address the printed links use. Anything else is DNS rebinding — a page of another site whose
 * name was re-pointed at the laptop on the venue's network, so that its requests and WebSocket look
 * same-origin (the relay's Origin check compares Origin with Host, and both would say the attacker's
 * name). Without the tokens such a page could only follow the talk, but it has no business doing even
 * that, so it gets 421 before any file or socket.
 */
export type HostCheck = (host: string | undefined) => boolean;

/** A host name as compared here: lower-cased, an IPv6 address without its brackets. */
const normalize = (name: string): string => name.toLowerCase().replace(/^\[(.*)\]$/, '$1');

/** The hostname part of a Host header, normalised; undefined when malformed. */
export function hostName(host: string | undefined): string | undefined {
  if (!host) return undefined;
  try {
    return normalize(new URL(`http://${host}`).hostname);
  } catch {
    return undefined;
  }
}

export function hostAllowlist(extra: readonly (string | undefined)[] = []): HostCheck {
  const names = new Set<string>();
  const add = (name: string | undefined): void => void (name && names.add(normalize(name)));
  for (const list of Object.values(networkInterfaces())) for (const a of list ?? []) add(a.address.replace(/%.*$/, ''));
  const machine = hostname();
  add(machine);
  // mDNS: macOS and most Linux desktops answer to <name>.local on the local network.
  if (!machine.includes('.')) add(`${machine}.local`);
  for (const name of extra) add(name);
  return (host) => {
    if (trustworthyHost(host)) return true;
    const name = hostName(host);
    return name !== undefined && names.has(name);
  };
}
