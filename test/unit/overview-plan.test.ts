import { describe, expect, test } from 'vitest';
import { planOverview } from '../../src/runtime/overview/plan.ts';

const G = { slideWidth: 1280, slideHeight: 720, gap: 90, groupGap: 260 };
// The deck's parts today: 2, 16, 11, 4, 1, 3, 1 slides.
const PARTS = [2, 16, 11, 4, 1, 3, 1];

describe('planOverview', () => {
  test('wraps the long parts into several columns when that gives larger slides', () => {
    const plan = planOverview(PARTS, { left: 0, top: 0, width: 1872, height: 900 }, G);
    expect(plan.rows).toBeLessThan(16);
    expect(plan.rows).toBeGreaterThan(1);
    // Bigger than one column per part would allow (height-bound: 16 rows).
    expect(plan.scale).toBeGreaterThan(900 / (16 * 720 + 15 * 90));
    expect(plan.width * plan.scale).toBeLessThanOrEqual(1872 + 1e-6);
    expect(plan.height * plan.scale).toBeLessThanOrEqual(900 + 1e-6);
  });

  test('fills each part top to bottom, then its next column; parts never overlap', () => {
    const plan = planOverview(PARTS, { left: 10, top: 20, width: 1200, height: 600 }, G);
    const long = plan.groups[1];
    if (!long) throw new Error('no group');
    expect(long.slides[0]).toEqual({ x: 0, y: 0 });
    expect(long.slides[1]).toEqual({ x: 0, y: 810 });
    expect(long.slides[plan.rows]).toEqual({ x: 1370, y: 0 });
    for (const [i, g] of plan.groups.entries()) {
      const next = plan.groups[i + 1];
      if (next) expect(g.x + g.width + G.groupGap).toBe(next.x);
      for (const s of g.slides) expect(s.x + G.slideWidth).toBeLessThanOrEqual(g.width);
    }
  });

  test('centres the grid in the free area', () => {
    const plan = planOverview([1], { left: 100, top: 50, width: 1280, height: 1000 }, G);
    expect(plan.scale).toBe(1);
    expect(plan.x).toBe(100);
    expect(plan.y).toBe(50 + (1000 - 720) / 2);
  });
});
