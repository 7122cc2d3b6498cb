/**
 * What CPython's @dataclass decorator costs its collector for a given class
 * (docs/gc.md 3.1): CPYTHON_DATACLASS_COSTS measures a class of n fields
 * with the default options and with each option changed alone; the cost of
 * a class is the default's for its number of fields plus, for each option
 * it changes, that option's difference at the same number (the options add
 * up within a few allocations: each writes or skips its own methods).
 * Beyond the measured field counts, each field adds what the last four
 * measured ones added on average.
 */
import { CPYTHON_DATACLASS_COSTS, type DataclassCost } from './cpython-dataclass-costs';

function at(row: readonly number[], n: number): number {
  const last = row.length - 1;
  if (n <= last) return row[n];
  return row[last] + Math.round(((n - last) * (row[last] - row[last - 4])) / 4);
}

/**
 * The net GC allocations of `dataclass(...)(cls)` for a class of `fields`
 * fields whose options differ from the defaults in `options` (names of
 * CPYTHON_DATACLASS_COSTS); undefined when an option is not measured.
 */
export function dataclassCost(fields: number, options: readonly string[]): { cold: number; warm: number } | undefined {
  const base = CPYTHON_DATACLASS_COSTS.base;
  let cold = at(base.cold, fields);
  let warm = at(base.warm, fields);
  for (const name of options) {
    const v: DataclassCost | undefined = CPYTHON_DATACLASS_COSTS[name];
    if (v === undefined) return undefined;
    cold += at(v.cold, fields) - at(base.cold, fields);
    warm += at(v.warm, fields) - at(base.warm, fields);
  }
  return { cold: Math.max(0, cold), warm: Math.max(0, Math.min(cold, warm)) };
}
