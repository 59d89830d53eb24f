import { defineConfig } from 'vitest/config';

/** The unit tests of the slide parser, renderer and loader: what `npm run mutation` runs per mutant. */
export default defineConfig({
  test: {
    // The fuzz properties run for nearly every mutant (they cover every line): a short search keeps a
    // mutation run under an hour on 2 cores; the suite itself runs the full 300.
    env: { FUZZ_RUNS: '20' },
    include: [
      'test/unit/parse.test.ts',
      'test/unit/parse-edges.test.ts',
      'test/unit/render.test.ts',
      'test/unit/render-edges.test.ts',
      'test/unit/markdown-engine.test.ts',
      'test/unit/errors.test.ts',
      'test/unit/compile.test.ts',
      'test/unit/load.test.ts',
      'test/unit/components.test.ts',
      'test/unit/component-args.test.ts',
      'test/unit/highlights.test.ts',
      'test/unit/render-rules.test.ts',
      'test/unit/fuzz.test.ts',
      'test/unit/commonmark-spec.test.ts',
    ],
  },
});
