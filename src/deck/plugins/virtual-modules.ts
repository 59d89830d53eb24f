/**
 * The deck's virtual modules, made by the `deck:slides` plugin (src/deck/vite-plugin.ts) and
 * recognised in the bundle by src/deck/plugins/chunk-preload.ts.
 */
/** Every slide's notes HTML, keyed by slide id (src/runtime/notes.ts). */
export const NOTES_MODULE = 'virtual:deck-notes';
/** The slides after slide 1 when index.html carries slide 1 only (src/runtime/deck-slides.ts). */
export const SLIDES_MODULE = 'virtual:deck-slides';

/** The id Rollup knows a virtual module by: `\0` keeps other plugins from resolving it as a file. */
export const resolvedId = (id: string): string => `\0${id}`;
