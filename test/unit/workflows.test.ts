import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const DIR = '.github/workflows';

test('every action a workflow uses is pinned to a full commit SHA (a tag can be moved)', () => {
  const uses = readdirSync(DIR).flatMap((f) =>
    readFileSync(join(DIR, f), 'utf8')
      .split('\n')
      .map((line, i) => ({ where: `${f}:${i + 1}`, m: /^\s*-?\s*uses:\s*(\S+)/.exec(line) }))
      .filter((u) => u.m),
  );
  expect(uses.length).toBeGreaterThan(0);
  expect(uses.filter((u) => !/@[0-9a-f]{40}$/.test(u.m?.[1] ?? '')).map((u) => `${u.where} ${u.m?.[1]}`)).toEqual([]);
});
