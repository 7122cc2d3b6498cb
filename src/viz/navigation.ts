/**
 * Moving through a run. A position is the number of steps applied (0 is
 * before the first event, steps.length after the last); the step shown at
 * position p is steps[p - 1]. `#step=N` names position N.
 */
import type { ViewerModel } from './viewer-model';

export type Unit = 'event' | 'line' | 'phase';

function matches(model: ViewerModel, index: number, unit: Unit): boolean {
  const s = model.steps[index];
  if (unit === 'line') return s.newLine;
  if (unit === 'phase') return s.phase !== null;
  return true;
}

/** Whether the run has steps of this unit at all (the viewer disables the buttons otherwise). */
export function hasUnit(model: ViewerModel, unit: Unit): boolean {
  for (let i = 0; i < model.steps.length; i++) if (matches(model, i, unit)) return true;
  return false;
}

/** The next position after `p` whose step is of `unit` (the end when none). */
export function nextPosition(model: ViewerModel, p: number, unit: Unit): number {
  for (let i = Math.max(p, 0); i < model.steps.length; i++) if (matches(model, i, unit)) return i + 1;
  return model.steps.length;
}

/** The previous position before `p` whose step is of `unit` (0 when none). */
export function previousPosition(model: ViewerModel, p: number, unit: Unit): number {
  for (let i = Math.min(p, model.steps.length) - 2; i >= 0; i--) if (matches(model, i, unit)) return i + 1;
  return 0;
}

/** The position a `#step=N` fragment names, clamped; null when the fragment has none. */
export function positionFromHash(hash: string, model: ViewerModel): number | null {
  const m = /(?:^#|&)step=(\d+)(?:&|$)/.exec(hash);
  if (m === null) return null;
  return Math.min(Number(m[1]), model.steps.length);
}

/** The hash with its step set to `p`, other parameters kept. */
export function hashWithStep(hash: string, p: number): string {
  const params = hash.replace(/^#/, '').split('&').filter((kv) => kv !== '' && !kv.startsWith('step='));
  params.push(`step=${p}`);
  return `#${params.join('&')}`;
}
