/**
 * `npm run pdf [-- options]`: exports the deck to deck.pdf. Everything lives in src/pdf/; see
 * `npm run pdf -- --help` for the options and exit statuses.
 */
import { runPdfCli } from '../pdf/cli.ts';
import { runCli } from './run-cli.ts';

await runCli('npm run pdf', (io) => runPdfCli(process.argv.slice(2), io));
