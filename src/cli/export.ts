/**
 * `npm run export -- --format png|pptx|pdf [options]`: the deck as PNGs, a PowerPoint file or a
 * PDF. Everything lives in src/export/; see `npm run export -- --help`.
 */
import { runExportCli } from '../export/cli.ts';

process.exitCode = await runExportCli(process.argv.slice(2));
