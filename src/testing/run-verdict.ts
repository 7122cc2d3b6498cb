/**
 * judgeRun: did one run under a schedule fail? It fails when the heap broke
 * an invariant, when its exit status differs from the expected one (an
 * uncaught exception or a failed `assert` is exit status 1), or when its
 * standard output or standard error differs from the reference's (a
 * timing-dependent "Exception ignored in" report counts).
 */
import { diffLines } from './conformance';
import type { ScheduleRun } from './schedule-run';

/** What a run must reproduce. */
export interface RunExpectation {
  stdout: string;
  /** null: standard error is not compared. */
  stderr: string | null;
  exitCode: number;
}

/** Why a run failed, with the difference shown as lines ('-' expected, '+' actual). */
export interface RunFailure {
  reason: string;
  diff: string;
}

/** The last line of a traceback: `KeyError: 'cat'`. */
function lastLine(text: string): string {
  const lines = text.trimEnd().split('\n');
  return lines[lines.length - 1] ?? '';
}

/** The failure of `run` against `expected`, or null when it passed. */
export function judgeRun(run: ScheduleRun, expected: RunExpectation): RunFailure | null {
  if (run.heapViolation !== null) return { reason: `heap invariant broken: ${run.heapViolation}`, diff: '' };
  if (run.exitCode !== expected.exitCode) {
    const raised = run.exitCode === 1 && run.stderr !== '' ? ` (raised ${lastLine(run.stderr)})` : '';
    const limit = run.exitCode === 3 ? ` (${lastLine(run.stderr)})` : '';
    return {
      reason: `exit status ${run.exitCode}, expected ${expected.exitCode}${raised}${limit}`,
      diff: run.stdout !== expected.stdout ? diffLines(expected.stdout, run.stdout) : '',
    };
  }
  if (run.stdout !== expected.stdout) return { reason: 'standard output differs', diff: diffLines(expected.stdout, run.stdout) };
  if (expected.stderr !== null && run.stderr !== expected.stderr) {
    return { reason: 'standard error differs', diff: diffLines(expected.stderr, run.stderr) };
  }
  return null;
}
