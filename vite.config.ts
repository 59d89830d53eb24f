import { defineConfig } from 'vitest/config';
import { slides } from './src/deck/vite-plugin.ts';

// `vite build --mode single` (npm run build:single): one self-contained HTML file in dist-single/.
export default defineConfig(({ mode }) => ({
  // Relative asset URLs: dist/ works from any static server, at any sub-path. DECK_BASE overrides it.
  base: process.env.DECK_BASE ?? './',
  // public/ (robots.txt) is copied into dist/; the single file is one file and carries none of it.
  publicDir: mode === 'single' ? false : 'public',
  // Vitest (mode 'test') needs no slide compiler; the browser tests' own build uses mode 'production'.
  // DECK_SLIDES: another folder of slide files (the benchmark's generated decks). Default slides/.
  plugins:
    mode === 'test'
      ? []
      : [
          slides({
            singleFile: mode === 'single',
            lazySlides: mode !== 'single',
            ...(process.env.DECK_SLIDES ? { dir: process.env.DECK_SLIDES } : {}),
          }),
        ],
  build: {
    outDir: mode === 'single' ? 'dist-single' : 'dist',
    target: 'es2022',
    // No modulepreload polyfill: every browser that runs reveal.js 6 supports it natively.
    modulePreload: { polyfill: false },
    // Fonts and images stay files (cacheable, preloadable); the single-file build inlines them itself.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
    // The phone remote of `npm run present` and the speaker view are pages of their own; the single
    // file is the deck only (its speaker view is index.html?view=speaker).
    ...(mode === 'single' ? {} : { rolldownOptions: { input: { index: 'index.html', remote: 'remote.html', speaker: 'speaker.html' } } }),
  },
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          // Builds dist/ once; every browser test serves that build on loopback.
          globalSetup: ['test/support/build-deck.ts'],
          // One Chromium at a time: CI has two cores.
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
}));
