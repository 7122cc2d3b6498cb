/**
 * What CPython's @dataclass decorator costs its collector for a given class
 * (docs/gc.md 3.1): CPYTHON_DATACLASS_COSTS measures a class of n fields
 * with the default options and with each option changed alone; the cost of
 * a class is the default's for its number of fields plus, for each option
 * it changes, that option's difference at the same number (the options add
 * up within a few allocations: each writes or skips its own methods), plus
 * for each field with a default 1/n of the difference all-defaults make.
 * Beyond the measured field counts, each field adds what the last four
 * measured ones added on average.
 */
import { CPYTHON_DATACLASS_COSTS, type DataclassCost } from './cpython-dataclass-costs';

function at(row: readonly number[], n: number): number {
  const last = row.length - 1;
  if (n <= last) return row[n];
  return row[last] + Math.round(((n - last) * (row[last] - row[last - 4])) / 4);
}

/** One column of the table for a class: `cold`, `warm` or `steady`. */
function costIn(column: keyof DataclassCost, fields: number, options: readonly string[]): number | undefined {
  const base = CPYTHON_DATACLASS_COSTS.base[column];
  let cost = at(base, fields);
  for (const name of options) {
    const row = CPYTHON_DATACLASS_COSTS[name === 'default' ? 'defaults' : name]?.[column];
    if (row === undefined) return undefined;
    const diff = at(row, fields) - at(base, fields);
    cost += name === 'default' ? diff / Math.max(1, fields) : diff;
  }
  return Math.max(0, Math.round(cost));
}

/**
 * The net GC allocations of `dataclass(...)(cls)` for a class of `fields`
 * fields whose options differ from the defaults in `options` (names of
 * CPYTHON_DATACLASS_COSTS; `default` once per field with a default), from
 * the state gc.collect() leaves (`cold`) and from __main__'s start
 * (`warm`), or, when `steady`, just after another decoration (`warm` is
 * then that); undefined when an option is not measured.
 */
export function dataclassCost(fields: number, options: readonly string[], steady: boolean): { cold: number; warm: number } | undefined {
  const cold = costIn('cold', fields, options);
  const warm = costIn(steady ? 'steady' : 'warm', fields, options);
  if (cold === undefined || warm === undefined) return undefined;
  return { cold, warm: Math.min(cold, warm) };
}

/**
 * The decorations of one run: one that follows another with no full
 * collection between them (which empties the free lists the previous one
 * filled) costs the `steady` column.
 */
export class DataclassDecorations {
  /** The count of full collections when the last decoration ended (-1: none yet). */
  private lastEnd = -1;

  constructor(private readonly fullCollections: () => number) {}

  /** The cost of a decoration starting now (see dataclassCost). */
  costNow(fields: number, options: readonly string[]): { cold: number; warm: number } | undefined {
    return dataclassCost(fields, options, this.lastEnd === this.fullCollections());
  }

  /** A decoration ended. */
  ended(): void {
    this.lastEnd = this.fullCollections();
  }
}
