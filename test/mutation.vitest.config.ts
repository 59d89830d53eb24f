import { defineConfig } from 'vitest/config';

/** The unit tests of the slide parser, renderer and loader: what `npm run mutation` runs per mutant. */
export default defineConfig({
  test: {
    include: [
      'test/unit/parse.test.ts',
      'test/unit/render.test.ts',
      'test/unit/markdown-engine.test.ts',
      'test/unit/errors.test.ts',
      'test/unit/compile.test.ts',
      'test/unit/load.test.ts',
      'test/unit/components.test.ts',
      'test/unit/component-args.test.ts',
      'test/unit/highlights.test.ts',
      'test/unit/fuzz.test.ts',
      'test/unit/commonmark-spec.test.ts',
    ],
  },
});
