import type { Diagnostic, Severity, SourcePos } from './types.ts';

/** Builds a diagnostic; `where` is the position the message points at. */
export function diag(where: SourcePos, code: string, message: string, hint?: string, severity: Severity = 'error'): Diagnostic {
  return { ...where, severity, code, message, ...(hint ? { hint } : {}) };
}

/** `slides/04-walti.md:20:5` — the form editors and terminals turn into links. */
export function formatPos(pos: SourcePos): string {
  return `${pos.file}:${pos.line}${pos.column ? `:${pos.column}` : ''}`;
}

/** One line per problem: position, severity, message, then the hint on its own line. */
export function formatDiagnostic(d: Diagnostic): string {
  const head = `${formatPos(d)} ${d.severity}: ${d.message} [${d.code}]`;
  return d.hint ? `${head}\n    hint: ${d.hint}` : head;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, then line, so `npm run check` reads top to bottom. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

/** A short code frame (±2 lines) for the Vite overlay and the terminal. */
export function codeFrame(source: string, line: number, column = 1): string {
  const lines = source.split(/\r\n?|\n/);
  const from = Math.max(1, line - 2);
  const to = Math.min(lines.length, line + 2);
  const width = String(to).length;
  const out: string[] = [];
  for (let n = from; n <= to; n++) {
    const mark = n === line ? '>' : ' ';
    out.push(`${mark} ${String(n).padStart(width)} | ${lines[n - 1] ?? ''}`);
    if (n === line) out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1))}^`);
  }
  return out.join('\n');
}
