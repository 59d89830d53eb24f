import type { Diagnostic, Slide } from './types.ts';

/** A slide as it was rendered, with the problems rendering it reported. */
export interface RenderedSlide {
  slide: Slide;
  diagnostics: Diagnostic[];
  /** False when the result must not be reused (its rendering read the file system). */
  keep?: boolean;
}

/**
 * What the dev server keeps between two compiles of the deck, so a save re-renders only what
 * changed: on 512 slides a whole compile takes ~270 ms, most of it markdown-it and the typesetting
 * passes, for the one slide an author just edited.
 *
 * Entries are keyed by everything their result depends on (the callers say what that is); after
 * each compile the entries it did not use are dropped, so the cache never holds more than one deck.
 */
export class CompileCache {
  private readonly entries = new Map<string, unknown>();
  private used = new Set<string>();

  /** The value kept under `kind` and `key`, made now if there is none. */
  value<T>(kind: string, key: string, make: () => T): T {
    const k = `${kind}\0${key}`;
    this.used.add(k);
    if (this.entries.has(k)) return this.entries.get(k) as T;
    const made = make();
    this.entries.set(k, made);
    return made;
  }

  /** A rendered slide; one whose rendering asked the file system (an image) is not kept. */
  slide(key: string, make: () => RenderedSlide): RenderedSlide {
    const k = `slide\0${key}`;
    const made = (this.entries.get(k) as RenderedSlide | undefined) ?? make();
    if (made.keep !== false) {
      this.entries.set(k, made);
      this.used.add(k);
    }
    return made;
  }

  /** Ends one compile: what it did not use goes. */
  sweep(): void {
    for (const k of this.entries.keys()) if (!this.used.has(k)) this.entries.delete(k);
    this.used = new Set();
  }

  /** Entries held now (bounded by one deck). */
  get size(): number {
    return this.entries.size;
  }
}
