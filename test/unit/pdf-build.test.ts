import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { BUILD_INPUTS, formatBuildError, staleReason } from '../../src/pdf/build.ts';

let root: string;

function touch(path: string, secondsAgo: number): void {
  const file = join(root, path);
  mkdirSync(join(file, '..'), { recursive: true });
  writeFileSync(file, '');
  const t = Date.now() / 1000 - secondsAgo;
  utimesSync(file, t, t);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'pdf-build-'));
  for (const input of ['slides/01-a.md', 'src/main.ts', 'src/deep/er/x.ts', 'index.html', 'vite.config.ts', 'package-lock.json'])
    touch(input, 100);
});

afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('staleReason', () => {
  test('a missing dist/index.html needs a build', () => {
    expect(staleReason(root)).toBe('dist/index.html is missing');
  });

  test('a build newer than every input is up to date', () => {
    touch('dist/index.html', 10);
    expect(staleReason(root)).toBeUndefined();
  });

  test.each(['slides/01-a.md', 'src/deep/er/x.ts', 'index.html', 'vite.config.ts', 'package-lock.json'])(
    '%s newer than the build makes it stale',
    (input) => {
      touch('dist/index.html', 10);
      touch(input, 1);
      expect(staleReason(root)).toBe(`${input} changed since the last build`);
    },
  );

  test('the inputs are the ones the issue names', () => {
    expect(BUILD_INPUTS).toEqual(['slides', 'src', 'index.html', 'vite.config.ts', 'package-lock.json']);
  });
});

describe('formatBuildError', () => {
  test("shows the build's message with file:line, the code frame and what to do", () => {
    const error = Object.assign(new Error('1 problem(s) in the slides:\nslides/02-x.md:7 error: Unknown class ".bogus".'), {
      plugin: 'deck:slides',
      loc: { file: join(root, 'slides/02-x.md'), line: 7, column: 1 },
      frame: '> 7 | ## Title {.bogus}',
    });
    const text = formatBuildError(error, root);
    expect(text).toContain('The deck did not build (deck:slides):');
    expect(text).toContain('slides/02-x.md:7 error: Unknown class ".bogus".');
    expect(text).toContain('> 7 | ## Title {.bogus}');
    expect(text).toContain('npm run check');
  });

  test('adds the location when the message does not carry it', () => {
    const error = Object.assign(new Error('Unexpected token'), { loc: { file: join(root, 'src/main.ts'), line: 3, column: 9 } });
    expect(formatBuildError(error, root)).toContain('at src/main.ts:3:9');
  });
});
