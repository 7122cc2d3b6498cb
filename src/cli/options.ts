/**
 * Command-line options as users of node, tsc and python3 expect them:
 * `--opt value` and `--opt=value`, `-h`, `--` ends the options, and a
 * command may stop reading options at its first operand (as python3 does at
 * the script: what follows is the script's own argv).
 */
import { UsageError } from './usage';

export interface OptionSpec {
  /** The long name, with its dashes: `--trace`. */
  name: string;
  /** A one-letter alias, with its dash: `-h`. */
  short?: string;
  /**
   * 'flag' takes no value; 'string' any value; 'count' a positive whole
   * number; 'optional' is a flag that may take a value from `values`, only
   * as `--opt=value` (`--explain`, `--explain=all`).
   */
  kind: 'flag' | 'string' | 'count' | 'optional';
  /** The allowed values of a 'string' or 'optional' option (default: any). */
  values?: readonly string[];
}

export interface ParsedOptions {
  /** Option values by long name without dashes (`trace`); flags are `true`. */
  values: Map<string, string | number | true>;
  /** Operands, in order. */
  operands: string[];
  /** With stopAtOperand: everything after the first operand, untouched. */
  rest: string[];
}

/**
 * Parse `argv` against `specs`. With `stopAtOperand`, the first operand ends
 * the options and the arguments after it are returned in `rest`.
 * Throws UsageError (naming `command`) for an unknown option or a bad value.
 */
export function parseOptions(
  argv: readonly string[],
  specs: readonly OptionSpec[],
  command: string,
  stopAtOperand = false,
): ParsedOptions {
  const values = new Map<string, string | number | true>();
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      operands.push(...argv.slice(i + 1, stopAtOperand ? i + 2 : undefined));
      return { values, operands, rest: stopAtOperand ? argv.slice(i + 2) : [] };
    }
    if (!arg.startsWith('-') || arg === '-') {
      operands.push(arg);
      if (stopAtOperand) return { values, operands, rest: argv.slice(i + 1) };
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq < 0 ? arg : arg.slice(0, eq);
    const spec = specs.find((s) => s.name === name || s.short === name);
    if (spec === undefined) throw new UsageError(`unknown option '${name}'`, command);
    const key = spec.name.slice(2);
    if (spec.kind === 'flag' || (spec.kind === 'optional' && eq < 0)) {
      if (eq >= 0) throw new UsageError(`option ${spec.name} takes no value`, command);
      values.set(key, true);
      continue;
    }
    let value: string;
    if (eq >= 0) value = arg.slice(eq + 1);
    else if (i + 1 < argv.length) value = argv[++i];
    else throw new UsageError(`option ${spec.name} needs a value`, command);
    if (spec.kind === 'count') {
      const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
      if (!Number.isSafeInteger(n) || n <= 0) {
        throw new UsageError(`option ${spec.name} needs a positive whole number, not '${value}'`, command);
      }
      values.set(key, n);
    } else {
      if (value === '') throw new UsageError(`option ${spec.name} needs a value`, command);
      if (spec.values !== undefined && !spec.values.includes(value)) {
        throw new UsageError(`option ${spec.name} needs one of ${spec.values.join(', ')}, not '${value}'`, command);
      }
      values.set(key, value);
    }
  }
  return { values, operands, rest: [] };
}
