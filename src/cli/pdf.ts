/**
 * `npm run pdf [-- options]`: exports the deck to deck.pdf. Everything lives in src/pdf/; see
 * `npm run pdf -- --help` for the options and exit statuses.
 */
import { resolve } from 'node:path';
import { runPdfCli } from '../pdf/cli.ts';
import { runCli } from './run-cli.ts';

// DECK_DIST: print another built deck as it is, without building (the benchmark's generated decks).
const dist = process.env.DECK_DIST;
await runCli('npm run pdf', (io) => runPdfCli(process.argv.slice(2), io, dist ? { distDir: resolve(dist), build: false } : {}));
