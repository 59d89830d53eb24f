import { agenda } from './agenda.ts';
import type { Component } from './component.ts';
import { qr } from './qr.ts';
import { ranking } from './ranking.ts';
import { responsibility } from './responsibility.ts';
import { timeChart } from './time-chart.ts';

export type { ArgSpec, Component, ComponentContext } from './component.ts';

/** Every `::: name` a slide may use. */
export const COMPONENTS: Readonly<Record<string, Component>> = {
  agenda,
  qr,
  ranking,
  responsibility,
  'time-chart': timeChart,
};
