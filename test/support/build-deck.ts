import { build } from 'vite';

/** Vitest global setup for browser tests: one production build of the deck into dist/. */
export default async function setup(): Promise<void> {
  if (process.env.DECK_SKIP_BUILD === '1') return;
  await build({ root: process.cwd(), logLevel: 'warn', mode: 'production' });
}
