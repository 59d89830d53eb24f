import { describe, expect, test } from 'vitest';
import { Deadline, DeadlineExceeded, within } from '../../src/pdf/deadline.ts';

describe('within', () => {
  test('passes results through and times out with DeadlineExceeded', async () => {
    expect(await within(Promise.resolve(42), new Deadline(1000))).toBe(42);
    const never = new Promise<never>(() => undefined);
    await expect(within(never, new Deadline(20))).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  test('shares one budget across steps', async () => {
    const deadline = new Deadline(50);
    await new Promise((r) => setTimeout(r, 60));
    expect(deadline.remaining()).toBe(0);
    await expect(within(new Promise((r) => setTimeout(r, 30)), deadline)).rejects.toBeInstanceOf(DeadlineExceeded);
  });

  test('a budget beyond what a timer holds does not fire at once', async () => {
    const slow = new Promise((r) => setTimeout(() => r('done'), 50));
    expect(await within(slow, new Deadline(3e9))).toBe('done');
  });
});
