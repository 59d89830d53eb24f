// Made by the deck:slides Vite plugin: the slides after slide 1 (src/deck/slide-split.ts); both
// empty in dev and in the single-file build, whose index.html carries every slide.
declare module 'virtual:deck-slides' {
  export const inFirst: string;
  export const after: string;
}
