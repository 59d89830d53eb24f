/**
 * `npm run export -- --format png|pptx|pdf [options]`: the deck as PNGs, a PowerPoint file or a
 * PDF. Everything lives in src/export/; see `npm run export -- --help`.
 */
import { runExportCli } from '../export/cli.ts';
import { runCli } from './run-cli.ts';

await runCli('npm run export', (io) => runExportCli(process.argv.slice(2), io));
