import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { TOKEN_PATTERN } from '../protocol/live-protocol.ts';

/** The secrets of one `npm run present` run: one for the screen, one per remote (co-presenters). */
export interface RelaySecrets {
  screen: string;
  remotes: readonly string[];
}

/** 128 random bits as 32 hex digits: the form TOKEN_PATTERN accepts. */
export function newToken(): string {
  return randomBytes(16).toString('hex');
}

export function newSecrets(remotes = 2): RelaySecrets {
  return { screen: newToken(), remotes: Array.from({ length: remotes }, newToken) };
}

/**
 * Constant-time comparison. Both sides are hashed first so the compared buffers always have the
 * same length: timingSafeEqual throws on different lengths, and a length check would leak it.
 */
export function tokenMatches(given: string | undefined, expected: string): boolean {
  const digest = (s: string): Buffer => createHash('sha256').update(s).digest();
  const equal = timingSafeEqual(digest(given ?? ''), digest(expected));
  // A secret that is not 128 bits (an empty one from a broken setup) matches nothing.
  return equal && given !== undefined && TOKEN_PATTERN.test(expected);
}

/**
 * The remote's number (1, 2 …) for a token, or undefined. Every secret is compared, also after
 * a match, so the time taken does not tell which one (or whether one) matched.
 */
export function remoteNumber(given: string | undefined, secrets: RelaySecrets): number | undefined {
  let found: number | undefined;
  secrets.remotes.forEach((secret, i) => {
    if (tokenMatches(given, secret) && found === undefined) found = i + 1;
  });
  return found;
}
