import { resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { hasErrors } from '../diagnostics.ts';
import type { DeckState } from './deck-state.ts';
import { settled, snapshot } from './settle.ts';
import { slidePatch, type SlidePatch } from './slide-patch.ts';

/** The custom HMR event that carries changed slides to src/runtime/dev-updates.ts. */
export const SLIDES_EVENT = 'deck:slides';
export type { SlidePatch };

/** How long after the last compile the folder is looked at once more (see below). */
const RECHECK_MS = 250;

/**
 * The dev loop: a save in slides/ recompiles the deck and updates the open page in place (the
 * changed slides only; current slide and fragment stay), a bad save shows Vite's overlay, and the
 * first good save after it reloads the page (the overlay goes with it).
 *
 * No save is lost: the folder is read only once it has stopped changing, compiled again if it
 * changed while being read, and looked at once more a moment after each compile, since a watcher
 * can fold the end of a save into an event it already reported.
 */
export function watchSlides(server: ViteDevServer, state: DeckState, notesModuleId: string): void {
  const dir = resolve(server.config.root, state.dir);
  server.watcher.add(dir);
  let compiled = snapshot(dir);
  let running = false;
  let again = false;
  let recheck: ReturnType<typeof setTimeout> | undefined;

  const publish = (): void => {
    const notes = server.environments.client.moduleGraph.getModuleById(notesModuleId);
    if (notes) server.environments.client.moduleGraph.invalidateModule(notes);
    const l = state.load();
    if (hasErrors(l.deck.diagnostics)) {
      const { message, id, frame, plugin, loc } = state.error(l);
      server.hot.send({ type: 'error', err: { message, stack: '', id, frame, plugin, loc } });
      state.served = undefined;
      return;
    }
    const patch = state.served ? slidePatch(state.served, l.deck) : 'reload';
    state.served = l.deck;
    if (patch === 'reload') server.hot.send({ type: 'full-reload' });
    else if (patch.slides.length) server.hot.send({ type: 'custom', event: SLIDES_EVENT, data: patch });
  };

  const recompile = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const before = await settled(dir);
        state.invalidate();
        state.load();
        // Written to while it was read: read it again before showing anything.
        if (snapshot(dir) !== before) {
          again = true;
          continue;
        }
        compiled = before;
        publish();
      } while (again);
    } finally {
      running = false;
    }
    clearTimeout(recheck);
    recheck = setTimeout(() => {
      if (snapshot(dir) !== compiled) void recompile();
    }, RECHECK_MS);
  };

  const onChange = (file: string): void => {
    if (resolve(file).startsWith(dir)) void recompile();
  };
  server.watcher.on('change', onChange).on('add', onChange).on('unlink', onChange);
  server.httpServer?.once('close', () => clearTimeout(recheck));
}
