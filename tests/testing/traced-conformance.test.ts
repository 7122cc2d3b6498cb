/**
 * Tracing changes nothing (issue 9; docs/trace-format.md): the CPython
 * conformance corpus run with tracing on, at levels `deaths` and `all`,
 * prints exactly what the untraced run prints (python3's output) with the
 * same exit status, its objects die in the same order at both levels, and
 * every trace is valid format v1. The few scenarios that need the CLI's
 * large stack fail here on Jest's small host stack, at a depth that depends
 * on how much host stack each frame takes (tracing takes a little more):
 * for those only the exit status and the traces' validity are compared.
 */
import * as path from 'path';
import { validateTrace } from '../../src/heap/trace-format';
import { listScenarios, runCase } from '../../src/testing/conformance';

const corpus = listScenarios(path.join(__dirname, '..', '..', '..', 'shared', 'conformance'));
const own = listScenarios(path.join(__dirname, '..', 'conformance'));

/** FNV-1a of a scenario's file name: which sixth of the own corpus it falls in. */
function nameHash(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/**
 * Own scenarios whose level-`all` trace is hundreds of megabytes (millions of
 * events): held whole as strings three times over, they exhaust Jest's heap.
 * Tracing them is covered by the streaming trace writer's tests; here they
 * would only test the host's memory.
 */
const HEAVY_TRACES = new Set(['sort_timsort_comparison_trace.py']);

/**
 * Own scenarios that recurse to CPython's limit (1000 frames): on Jest's host
 * stack their plain run reaches it with little room left, and a traced run,
 * whose frames take a little more host stack, can stop earlier (more so on a
 * loaded machine, where less of the evaluator is optimized). Their output is
 * checked with the CLI's stack by `npm run conformance`; here, as for the
 * plain runs that fail, only the exit status and the traces' validity.
 */
const HOST_STACK_BOUND = new Set(['lang_recursion_limits.py']);

// The shared corpus whole, and a sixth of the project's own scenarios chosen
// by name (so adding scenarios does not move the choice; the rest run
// untraced in `npm run conformance`).
const files = [...corpus, ...own.filter((f) => nameHash(path.basename(f)) % 6 === 0 && !HEAVY_TRACES.has(path.basename(f)))];

function deathIds(trace: string): number[] {
  return trace
    .split('\n')
    .filter((l) => l.includes('"kind":"death"'))
    .map((l) => JSON.parse(l).id as number);
}

test('the corpus is there, and passes untraced here', () => {
  expect(files.length).toBeGreaterThan(50);
  const passing = corpus.filter((f) => runCase(f, { gcDebugChecks: false }).ok);
  expect(passing.length).toBe(corpus.length);
});

test.each(files.map((f) => [path.relative(path.join(__dirname, '..', '..', '..'), f), f]))('%s: same output, same deaths, valid trace at levels deaths and all', (_name, file) => {
  const plain = runCase(file, { gcDebugChecks: false });
  const low = runCase(file, { traceLevel: 'deaths', gcDebugChecks: false });
  const high = runCase(file, { traceLevel: 'all', gcDebugChecks: false });
  const comparable = plain.ok && !HOST_STACK_BOUND.has(path.basename(file));
  for (const r of [low, high]) {
    if (comparable) {
      expect(r.actualOut).toBe(plain.actualOut);
      expect(r.stderr).toBe(plain.stderr);
    }
    expect(r.actualExit).toBe(plain.actualExit);
    expect(validateTrace(r.trace!)).toEqual([]);
  }
  // Where Jest's host stack decides the depth (plain run not ok), the two
  // levels may stop at different depths, so their deaths differ too.
  if (comparable) expect(deathIds(high.trace!)).toEqual(deathIds(low.trace!));
});
