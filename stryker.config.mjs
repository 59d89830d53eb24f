// `npm run mutation`: Stryker on the slide parser and renderer, against their unit tests only
// (not in CI: it takes a while on 2 cores). Report: reports/mutation/index.html and the table.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'test/mutation.vitest.config.ts', related: false },
  mutate: [
    'src/deck/parse.ts',
    'src/deck/slide-attributes.ts',
    'src/deck/bad-characters.ts',
    'src/deck/highlights.ts',
    'src/deck/markdown.ts',
    'src/deck/checks.ts',
    'src/deck/link-checks.ts',
    'src/deck/component-args.ts',
    'src/deck/render.ts',
    'src/deck/render-rules.ts',
  ],
  coverageAnalysis: 'perTest',
  // Module-level mutants (the engine set-up, constant tables) rerun every test file each: too slow here.
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 20000,
  reporters: ['clear-text', 'html', 'json'],
  htmlReporter: { fileName: 'test-output/mutation/index.html' },
  jsonReporter: { fileName: 'test-output/mutation/mutation.json' },
  tempDirName: 'node_modules/.stryker-tmp',
  cleanTempDir: 'always',
};
