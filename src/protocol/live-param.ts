/**
 * Query parameter `present` puts into the screen and audience URLs; without it the deck is static.
 * A module of its own so the deck's entry can check for it without sharing a chunk with the
 * remote page (one more request on slide 1); live-protocol.ts re-exports it.
 */
export const LIVE_PARAM = 'live';
