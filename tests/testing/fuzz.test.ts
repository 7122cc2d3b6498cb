/**
 * The fuzzer's parts (src/testing/fuzz-program.ts, fuzz.ts): programs are a
 * pure function of (seed, index) and run in gclab; the two comparison
 * modes; shrinking a difference with a stand-in python (a runner that
 * differs from gclab whenever a given action is present). The real
 * side-by-side run against python3 is in tests/cli/fuzz.test.ts.
 */
import fc from 'fast-check';
import { generateProgram, outputSegments, outputsAgree, programSource } from '../../src/testing/fuzz-program';
import { runInGclab, shrinkDifference, sidesAgree, type PythonRunner } from '../../src/testing/fuzz';

jest.setTimeout(120_000);

test('program i of seed s is always the same, and different seeds or indexes give other programs', () => {
  fc.assert(
    fc.property(fc.nat(), fc.nat(10_000), (seed, index) => {
      expect(generateProgram(seed, index)).toEqual(generateProgram(seed, index));
    }),
    { numRuns: 200 },
  );
  const sources = new Set(Array.from({ length: 20 }, (_, i) => programSource(generateProgram(3, i))));
  expect(sources.size).toBe(20);
  expect(programSource(generateProgram(4, 0))).not.toBe(programSource(generateProgram(3, 0)));
});

test('generated programs run in gclab to the end, print a marker per step, and use every kind of step', () => {
  const seen = new Set<string>();
  for (let i = 0; i < 12; i++) {
    const p = generateProgram(11, i);
    const r = runInGclab(programSource(p));
    expect(r.exitCode).toBe(0);
    expect(outputSegments(r.stdout).length).toBe(p.actions.length + 2);
    for (const a of p.actions) {
      for (const k of ['weakref.ref', 'weakref.proxy', 'ws.add', 'wvd[', 'wkd[', 'weakref.finalize', 'gen(', 'gc.collect', 'Lazarus(', 'RaiseDel(', 'AllocDel(']) {
        if (a.includes(k)) seen.add(k);
      }
    }
  }
  expect([...seen].sort()).toEqual(['AllocDel(', 'Lazarus(', 'RaiseDel(', 'gc.collect', 'gen(', 'weakref.finalize', 'weakref.proxy', 'weakref.ref', 'ws.add', 'wvd[', 'wkd['].sort());
});

test('strict compares bytes; sorted compares each step as a set of lines', () => {
  const a = '== 0\ndel a\ndel b\n== 1\ncollect 2\n== end\n';
  const swapped = '== 0\ndel b\ndel a\n== 1\ncollect 2\n== end\n';
  const moved = '== 0\ndel a\n== 1\ndel b\ncollect 2\n== end\n';
  expect(outputsAgree(a, a, 'strict')).toBe(true);
  expect(outputsAgree(a, swapped, 'strict')).toBe(false);
  expect(outputsAgree(a, swapped, 'sorted')).toBe(true);
  expect(outputsAgree(a, moved, 'sorted')).toBe(false);
  expect(outputsAgree(a, '== 0\ndel a\ndel b\n', 'sorted')).toBe(false);
  expect(sidesAgree({ stdout: a, exitCode: 0 }, { stdout: swapped, exitCode: 1 }, 'sorted')).toBe(false);
});

test('shrinking keeps only the actions the difference needs, and the result still differs', async () => {
  const program = generateProgram(5, 1);
  const needle = program.actions.findIndex((a) => a.includes('gc.collect'));
  expect(needle).toBeGreaterThanOrEqual(0);
  // A stand-in python3 that agrees with gclab except that it prints one line more after a collect.
  const fake: PythonRunner = async (source) => {
    const r = runInGclab(source);
    return { stdout: source.includes('gc.collect(') ? r.stdout + 'extra\n' : r.stdout, exitCode: r.exitCode };
  };
  const shrunk = await shrinkDifference(program, fake, 'strict');
  expect(shrunk.actions).toHaveLength(1);
  expect(shrunk.actions[0]).toContain('gc.collect');
  expect(shrunk.diff).toContain('- extra');
  expect(sidesAgree(shrunk.python, shrunk.gclab, 'strict')).toBe(false);
  expect(shrunk.source).toContain(FUZZ_MARK);
});

const FUZZ_MARK = 'print("== 0")';
