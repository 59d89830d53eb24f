import type { ByteBudgets } from './budgets.ts';
import type { LoadMeasurement } from './measure-load.ts';

export interface BudgetResult {
  name: keyof ByteBudgets;
  actual: number;
  budget: number;
  ok: boolean;
}

/** Compares one slide-1 measurement with every byte budget. */
export function checkBudgets(m: LoadMeasurement, budgets: ByteBudgets): BudgetResult[] {
  const actual: Record<keyof ByteBudgets, number> = {
    slide1Total: m.total.transferred,
    slide1Js: m.byKind.js.transferred,
    slide1Css: m.byKind.css.transferred,
    slide1Fonts: m.byKind.fonts.transferred,
    slide1Html: m.byKind.html.transferred,
    slide1Requests: m.total.requests,
  };
  return (Object.keys(budgets) as (keyof ByteBudgets)[]).map((name) => ({
    name,
    actual: actual[name],
    budget: budgets[name],
    ok: actual[name] <= budgets[name],
  }));
}

export function formatBudget(r: BudgetResult): string {
  const fmt = (n: number): string => (r.name === 'slide1Requests' ? String(n) : `${(n / 1024).toFixed(1)} KB`);
  return `${r.ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(15)} ${fmt(r.actual).padStart(9)} / ${fmt(r.budget)}`;
}
