/**
 * Differential fuzzing against python3 (`gclab fuzz`): run generated
 * programs (fuzz-program.ts) in gclab and in CPython, compare, and shrink a
 * difference to the fewest actions that still show it.
 */
import { runScenario } from '../lang';
import { diffLines } from './conformance';
import { outputsAgree, programSource, type FuzzProgram } from './fuzz-program';

/** How one side ran a program. */
export interface SideRun {
  stdout: string;
  exitCode: number;
  /** The run did not finish in time (python3's timeout, gclab's step limit). */
  timedOut?: boolean;
}

/** Runs a program's source in CPython (a child process in the CLI). */
export type PythonRunner = (source: string) => Promise<SideRun>;

/** How outputs are compared: exactly, or as the set of lines between two markers. */
export type FuzzMode = 'strict' | 'sorted';

/** gclab's side: the program on a fresh heap, with the collector's debug checks. */
export function runInGclab(source: string, maxSteps = 5_000_000): SideRun {
  const r = runScenario(source, 'fuzz.py', { gcDebugChecks: true, maxSteps });
  return { stdout: r.stdout, exitCode: r.exitCode, timedOut: r.exitCode === 3 };
}

/** Do the two sides agree (exit status, and output by `mode`)? */
export function sidesAgree(python: SideRun, gclab: SideRun, mode: FuzzMode): boolean {
  return python.exitCode === gclab.exitCode && outputsAgree(python.stdout, gclab.stdout, mode);
}

/** One program's verdict. */
export interface FuzzCase {
  index: number;
  agree: boolean;
  python: SideRun;
  gclab: SideRun;
}

/**
 * Compare one program: python3 and gclab side by side. `python` may be a fast stand-in (the CLI's
 * fork server); when it disagrees with gclab and `confirm` is given, the program runs again in
 * `confirm` (a real python3 process), whose verdict counts.
 */
export async function fuzzCase(program: FuzzProgram, python: PythonRunner, mode: FuzzMode, confirm?: PythonRunner): Promise<FuzzCase> {
  const source = programSource(program);
  let py = await python(source);
  const gc = runInGclab(source);
  // A program python3 itself could not finish (timeout) says nothing about gclab.
  let agree = py.timedOut === true || sidesAgree(py, gc, mode);
  if (!agree && confirm !== undefined) {
    py = await confirm(source);
    agree = py.timedOut === true || sidesAgree(py, gc, mode);
  }
  return { index: program.index, agree, python: py, gclab: gc };
}

/** A shrunk difference: the fewest actions that still differ, with both sides' runs. */
export interface ShrunkDifference {
  actions: string[];
  source: string;
  python: SideRun;
  gclab: SideRun;
  /** python3's lines ('-') against gclab's ('+'). */
  diff: string;
  /** Comparisons made while shrinking. */
  checks: number;
}

/**
 * Shrink a differing program (delta debugging over its actions): drop chunks of actions, halving
 * the chunk size down to single actions, keeping every removal after which python3 and gclab still
 * disagree; repeat until nothing can go. `maxChecks` bounds the comparisons.
 */
export async function shrinkDifference(
  program: FuzzProgram,
  python: PythonRunner,
  mode: FuzzMode,
  maxChecks = 400,
  confirm?: PythonRunner,
): Promise<ShrunkDifference> {
  let actions = [...program.actions];
  let checks = 0;
  const differs = async (candidate: string[]) => {
    checks++;
    const source = programSource(program, candidate);
    const py = await python(source);
    if (py.timedOut === true) return false;
    return !sidesAgree(py, runInGclab(source), mode);
  };
  let changed = true;
  while (changed && checks < maxChecks) {
    changed = false;
    for (let size = Math.max(1, actions.length >> 1); size >= 1 && checks < maxChecks; size >>= 1) {
      for (let start = 0; start < actions.length && checks < maxChecks; ) {
        const candidate = [...actions.slice(0, start), ...actions.slice(start + size)];
        if (await differs(candidate)) {
          actions = candidate;
          changed = true;
        } else start += size;
      }
    }
  }
  // The stand-in's verdict is confirmed in `confirm`; if the shrunk program no longer differs
  // there, the whole program (which did) is the result.
  if (confirm !== undefined) {
    const shrunkSource = programSource(program, actions);
    const real = await confirm(shrunkSource);
    if (real.timedOut === true || sidesAgree(real, runInGclab(shrunkSource), mode)) actions = [...program.actions];
  }
  const source = programSource(program, actions);
  const py = await (confirm ?? python)(source);
  const gc = runInGclab(source);
  return { actions, source, python: py, gclab: gc, diff: diffLines(py.stdout, gc.stdout), checks };
}
