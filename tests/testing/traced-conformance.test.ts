/**
 * Tracing changes nothing (issue 9; docs/trace-format.md). The check itself
 * runs in `npm run conformance` (CI's conformance step): the shared corpus
 * and a sixth of the own scenarios are run traced at levels `deaths` and
 * `all` beside their untraced run, which also serves the comparison with
 * python3's output, so no scenario is run untraced twice (docs/testing.md,
 * "Where CI's time goes"). Here: the choice of scenarios, and the check on a
 * few scenarios, both passing and failing.
 */
import * as path from 'path';
import { checkTracedRuns, isTracedScenario, listScenarios, runCase } from '../../src/testing/conformance';

const shared = listScenarios(path.join(__dirname, '..', '..', '..', 'shared', 'conformance'));
const own = listScenarios(path.join(__dirname, '..', 'conformance'));

test('every shared scenario and about a sixth of the own ones are traced', () => {
  expect(shared.every((f) => isTracedScenario(f, true))).toBe(true);
  const traced = own.filter((f) => isTracedScenario(f, false));
  expect(traced.length).toBeGreaterThan(own.length / 9);
  expect(traced.length).toBeLessThan(own.length / 4);
  // The choice is by name: the same file is chosen whatever else is in the folder.
  expect(own.every((f) => isTracedScenario(f, false) === isTracedScenario(path.join('/elsewhere', path.basename(f)), false))).toBe(true);
  expect(isTracedScenario('/x/sort_timsort_comparison_trace.py', false)).toBe(false);
});

// A few scenarios with cycles, finalizers, weakref callbacks and an uncaught exception.
const sample = own.filter((f) => /\/(atexit_order|bsub_cycles|exc_context_traceback)\.py$/.test(f));

test('the sample is there', () => expect(sample.length).toBe(3));

test.each(sample.map((f) => [path.basename(f), f]))('%s: traced runs print what the untraced run printed', (_name, file) => {
  const plain = runCase(file, { gcDebugChecks: false });
  expect(plain.ok).toBe(true);
  expect(checkTracedRuns(file, plain)).toEqual([]);
});

test('a difference from the untraced run is reported', () => {
  const file = sample[0];
  const plain = runCase(file, { gcDebugChecks: false });
  const problems = checkTracedRuns(file, { ...plain, actualOut: plain.actualOut + 'extra\n', stderr: 'noise\n', actualExit: plain.actualExit + 1 });
  expect(problems.filter((p) => p.includes('standard output differs')).length).toBe(2);
  expect(problems.filter((p) => p.includes('standard error differs')).length).toBe(2);
  expect(problems.filter((p) => p.includes('exit status')).length).toBe(2);
});
