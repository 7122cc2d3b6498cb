/**
 * The graph's deterministic layout. Every shown object gets a row, in the
 * order objects were made (ties by id), and keeps it from step to step:
 * objects made later are always below, so the rows of the objects alive at a
 * step are contiguous from the top, and an object that dies stays in its
 * row as a ghost. The column is its generation lane (gen 0, 1, 2, the
 * permanent generation, or "not tracked"): an object that survives a
 * collection moves right into the next lane and keeps its row.
 */
import type { ObjectId, ObjectInfo, ViewerModel } from './viewer-model';

/** Lanes, left to right. */
export const LANES = ['generation 0', 'generation 1', 'generation 2', 'permanent', 'not tracked'] as const;

/** The lane of an object: its generation, or the last lane when the collector does not track it. */
export function laneOf(info: ObjectInfo, generation: number | undefined): number {
  if (!info.tracked) return LANES.length - 1;
  return Math.min(Math.max(generation ?? 0, 0), 3);
}

/** What the user chose to see. */
export interface ObjectFilter {
  showStartup: boolean;
  /** Types hidden by the type filter. */
  hiddenTypes: ReadonlySet<string>;
}

export function isShown(info: ObjectInfo, filter: ObjectFilter): boolean {
  return (filter.showStartup || !info.startup) && !filter.hiddenTypes.has(info.type);
}

/** Rows of the shown objects: id -> row, in birth order. */
export function layoutRows(model: ViewerModel, filter: ObjectFilter): Map<ObjectId, number> {
  const shown = [...model.objects.values()].filter((o) => isShown(o, filter));
  shown.sort((a, b) => a.bornAt - b.bornAt || a.id - b.id);
  return new Map(shown.map((o, i) => [o.id, i]));
}
