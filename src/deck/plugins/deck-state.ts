import { resolve } from 'node:path';
import type { ResolvedConfig } from 'vite';
import { codeFrame, formatDiagnostic } from '../diagnostics.ts';
import { CompileCache } from '../compile-cache.ts';
import { loadDeck, type LoadedDeck } from '../load.ts';
import type { Deck, Lang } from '../types.ts';

/** An error Vite can show with a code frame: in the terminal on build, as the overlay in dev. */
export interface DeckBuildError extends Error {
  id?: string;
  loc?: { file: string; line: number; column: number };
  frame?: string;
  plugin?: string;
}

/** The compiled deck, shared by the deck's Vite plugins and recompiled when a slide changes. */
export class DeckState {
  config!: ResolvedConfig;
  /** The deck the dev server's open pages show (set when index.html is served); undefined after an error. */
  served: Deck | undefined;
  private loaded: LoadedDeck | undefined;
  private cache: CompileCache | undefined;

  constructor(
    readonly dir: string,
    readonly langs?: readonly Lang[],
  ) {}

  load(): LoadedDeck {
    // The dev server compiles again on every save: it re-renders only the slides that changed.
    const cache = this.config.command === 'serve' ? (this.cache ??= new CompileCache()) : undefined;
    return (this.loaded ??= loadDeck(this.config.root, { dir: this.dir, cache, ...(this.langs ? { langs: this.langs } : {}) }));
  }

  invalidate(): void {
    this.loaded = undefined;
  }

  /** All errors in one message, positioned at the first, with a code frame. */
  error(l: LoadedDeck = this.load()): DeckBuildError {
    const errors = l.deck.diagnostics.filter((d) => d.severity === 'error');
    const first = errors[0];
    const err: DeckBuildError = new Error(`${errors.length} problem(s) in the slides:\n${errors.map(formatDiagnostic).join('\n')}`);
    if (first) {
      err.id = resolve(this.config.root, first.file);
      err.loc = { file: err.id, line: first.line, column: first.column ?? 1 };
      const text = l.files.find((f) => f.path === first.file)?.text;
      if (text) err.frame = codeFrame(text, first.line, first.column);
    }
    err.plugin = 'deck:slides';
    err.stack = '';
    return err;
  }
}
