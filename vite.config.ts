import { defineConfig } from 'vite';
import { slides } from './src/deck/vite-plugin.ts';

export default defineConfig({
  // Relative asset URLs: dist/ works from any static server, at any sub-path. DECK_BASE overrides it.
  base: process.env.DECK_BASE ?? './',
  plugins: [slides()],
  build: {
    target: 'es2022',
    // The deck's JS is small; a single entry chunk plus the lazily loaded speaker view.
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
});
