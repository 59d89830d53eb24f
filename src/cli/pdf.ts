/**
 * `npm run pdf [-- options]`: exports the deck to deck.pdf. Everything lives in src/pdf/; see
 * `npm run pdf -- --help` for the options and exit statuses.
 */
import { runPdfCli } from '../pdf/cli.ts';

process.exitCode = await runPdfCli(process.argv.slice(2));
