/**
 * `npm run check`: compiles every slide file and reports every problem at once (unlike the build,
 * which stops at the first file's errors in the overlay). Exit 0 clean, 1 with errors.
 */
import { formatDiagnostic, hasErrors } from '../deck/diagnostics.ts';
import { loadDeck } from '../deck/load.ts';

const root = process.cwd();
const { deck, files, chars } = loadDeck(root, { strictTotal: true });
for (const d of deck.diagnostics) console.log(formatDiagnostic(d));
const slides = deck.sections.flatMap((s) => s.slides).length;
const errors = deck.diagnostics.filter((d) => d.severity === 'error').length;
const warnings = deck.diagnostics.length - errors;
const minutes = `${Math.floor(deck.totalSeconds / 60)}:${String(deck.totalSeconds % 60).padStart(2, '0')}`;
console.log(
  `${files.length} files, ${slides} slides, ${minutes} of time budgets, ${chars.regular.length + chars.notes.length} distinct characters (${chars.bold.length} bold, ${chars.notes.length} only in notes): ${errors} error(s), ${warnings} warning(s)`,
);
process.exitCode = hasErrors(deck.diagnostics) ? 1 : 0;
