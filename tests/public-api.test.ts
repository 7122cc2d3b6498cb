/**
 * The package's public surface: src/index.ts names its exports one by one,
 * and this list pins them (adding or removing a public name is a decision:
 * update the list and docs together). Also: package.json's `exports` and
 * `files`, and what `npm pack` would ship.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import * as api from '../src/index';
import * as testingApi from '../src/testing';

const ROOT = path.join(__dirname, '..');

const VALUES = [
  // heap
  'Heap', 'PyObject', 'None', 'isObject', 'typeNameOf', 'PyException', 'StaleHandleError', 'InternalError',
  'BasicHost', 'verifyHeap', 'ListObject', 'TupleObject', 'DictObject', 'SetObject', 'newSet', 'FloatObject',
  'newFloat', 'ClassObject', 'Instance', 'HostFunction', 'BoundMethod', 'WeakrefBase',
  // trace
  'TraceLog', 'eventToJSON',
  // gc
  'Collector', 'NUM_GENERATIONS', 'DEBUG_STATS', 'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_SAVEALL', 'DEBUG_LEAK',
  'CollectionSchedule', 'parseSchedule', 'ScheduleSyntaxError',
  // weakref
  'WeakRef', 'WeakProxy', 'newRef', 'newProxy', 'derefWeakref', 'getweakrefcount', 'getweakrefs', 'KeyedRef',
  'newKeyedRef', 'WeakMethod', 'newWeakMethod', 'callWeakMethod', 'WeakValueDictionary', 'newWeakValueDictionary',
  'WeakKeyDictionary', 'newWeakKeyDictionary', 'WeakSet', 'newWeakSet', 'WeakIterator', 'Finalize', 'newFinalize',
  'finalizeCall', 'finalizeDetach', 'finalizePeek', 'finalizeAlive', 'finalizeGetAtexit', 'finalizeSetAtexit',
  'runAtExit', 'releaseExceptionRefs', 'PyExceptionWithRefs',
  // scenarios
  'runScenario', 'InteractiveSession',
];

const TYPES = [
  'HeapOptions', 'Value', 'Immediate', 'Host', 'HostCallable', 'Verdict', 'HostImpl', 'HeapEvent', 'TracedEvent',
  'TraceListener', 'TraceLogOptions', 'CollectionResult', 'CollectorOptions', 'GenerationStats', 'ScheduledCollection', 'ExceptHook',
  'RunAtExitOptions', 'ScenarioOptions', 'ScenarioResult', 'OutputChunk', 'InteractiveOptions', 'PushResult',
];

// gclab/testing (src/testing/index.ts): the property-testing kit.
const TESTING_VALUES = [
  'runUnderSchedule', 'explore', 'inProcessRunner', 'judgeRun', 'ScheduleSpace', 'shrinkSchedule', 'shrinkCandidates',
  'scheduleLess', 'scheduleArbitrary', 'heapCommandArbitrary', 'heapProgramArbitrary', 'HeapProgram', 'ReachabilityModel',
  'HeapInvariantError', 'assertHeapInvariants', 'describeHeapCommand', 'HEAP_LABELS', 'CollectionSchedule', 'parseSchedule',
];
const TESTING_TYPES = [
  'ScheduleRun', 'ScheduleRunOptions', 'BatchRunner', 'ExploreOptions', 'ExploreResult', 'ExploreFailure', 'RunExpectation',
  'RunFailure', 'SchedulePhase', 'ScheduleArbitraryOptions', 'HeapProgramArbitraryOptions', 'HeapCommand', 'HeapLabel',
  'HeapObjectKind', 'HeapProgramOptions',
];

/** Every name a facade (src/index.ts by default) exports, read from its export declarations (no `export *`). */
function declaredExports(facade = path.join('src', 'index.ts')): { names: string[]; star: boolean } {
  const file = path.join(ROOT, facade);
  const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const names: string[] = [];
  let star = false;
  sf.forEachChild((node) => {
    if (!ts.isExportDeclaration(node)) return;
    if (node.exportClause === undefined || !ts.isNamedExports(node.exportClause)) star = true;
    else for (const e of node.exportClause.elements) names.push(e.name.text);
  });
  return { names, star };
}

test('src/index.ts names each export: no `export *`', () => {
  expect(declaredExports().star).toBe(false);
});

test('the public names are exactly the pinned list', () => {
  expect(declaredExports().names.sort()).toEqual([...VALUES, ...TYPES].sort());
  expect(Object.keys(api).sort()).toEqual([...VALUES].sort());
});

test('gclab/testing names each export, exactly the pinned list', () => {
  const facade = path.join('src', 'testing', 'index.ts');
  expect(declaredExports(facade).star).toBe(false);
  expect(declaredExports(facade).names.sort()).toEqual([...TESTING_VALUES, ...TESTING_TYPES].sort());
  expect(Object.keys(testingApi).sort()).toEqual([...TESTING_VALUES].sort());
});

test('the whole weakref module is there, and internal helpers are not', () => {
  for (const name of ['newRef', 'newProxy', 'WeakValueDictionary', 'WeakKeyDictionary', 'WeakSet', 'newFinalize', 'WeakMethod', 'getweakrefcount', 'getweakrefs']) {
    expect(api).toHaveProperty(name);
  }
  for (const internal of ['GcHead', 'listObjects', 'clearWeakRefs', 'handleCallback', 'PySet_MINSIZE', 'DictCursor', 'Interpreter']) {
    expect(api).not.toHaveProperty(internal);
  }
});

test("package.json: `exports` for the root, `files` for what a user installs", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
  expect(pkg.exports['./testing']).toEqual({ types: './dist/testing/index.d.ts', default: './dist/testing/index.js' });
  // gclab/testing builds on fast-check, which its users bring (an optional peer dependency).
  expect(pkg.peerDependencies).toEqual({ 'fast-check': '^3.0.0 || ^4.0.0' });
  expect(pkg.peerDependenciesMeta).toEqual({ 'fast-check': { optional: true } });
  // dist/ without its source maps (they point into src/, which is not shipped).
  expect(pkg.files.sort()).toEqual(['!dist/**/*.map', 'README.md', 'bin/', 'dist/', 'docs/', 'examples/']);
});

test('npm pack lists only what a user needs', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  expect(r.status).toBe(0);
  const files: string[] = JSON.parse(r.stdout)[0].files.map((f: { path: string }) => f.path);
  expect(files).toContain('package.json');
  expect(files).toContain('README.md');
  expect(files).toContain('bin/gclab.js');
  expect(files).toContain('examples/quickstart.py');
  expect(files).toContain('docs/cli.md');
  expect(files).toContain('docs/testing.md');
  expect(files).toContain('examples/timing/check_then_get.py');
  for (const f of files) {
    expect(f).toMatch(/^(package\.json|README\.md|LICENSE|bin\/|dist\/|docs\/|examples\/)/);
  }
  expect(files.filter((f) => /^(tests|bench|src|scripts|\.ci)\//.test(f) || /tsconfig|jest\.config|typedoc\.json/.test(f))).toEqual([]);
  expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
});
