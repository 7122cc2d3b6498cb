/**
 * The API reference: `npm run docs:api` (TypeDoc over both entry points,
 * src/index.ts for `gclab` and src/testing/index.ts for `gclab/testing`) must
 * succeed and produce the pages the docs link to (docs/api/index.html), and
 * the public classes, functions, interfaces, types and constants below have
 * their TSDoc comment (TypeDoc reports one that has none).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

/** Public names that must carry a TSDoc comment. */
const DOCUMENTED = [
  'Heap', 'HeapOptions', 'PyObject', 'Value', 'Immediate', 'PyException', 'Host', 'verifyHeap', 'Verdict', 'ListObject',
  'TupleObject', 'DictObject', 'SetObject', 'FloatObject', 'ClassObject', 'Instance', 'WeakrefBase', 'TraceLog',
  'TracedEvent', 'TraceLogOptions', 'HeapEvent', 'Collector', 'CollectorOptions', 'NUM_GENERATIONS', 'DEBUG_STATS',
  'DEBUG_COLLECTABLE', 'DEBUG_UNCOLLECTABLE', 'DEBUG_SAVEALL', 'DEBUG_LEAK', 'WeakValueDictionary', 'WeakKeyDictionary',
  'WeakSet', 'WeakIterator', 'RunAtExitOptions', 'PyExceptionWithRefs', 'runScenario', 'ScenarioOptions', 'ScenarioResult',
  'OutputChunk', 'InteractiveSession', 'InteractiveOptions', 'newRef', 'newProxy', 'newWeakValueDictionary',
  'newWeakKeyDictionary', 'newWeakSet', 'newFinalize', 'newWeakMethod', 'getweakrefcount', 'getweakrefs',
  // gclab/testing
  'runUnderSchedule', 'explore', 'ScheduleSpace', 'SchedulePhase', 'HeapProgram', 'ReachabilityModel', 'HeapLabel',
  'scheduleArbitrary', 'heapProgramArbitrary', 'assertHeapInvariants', 'CollectionSchedule',
];

test('TypeDoc builds the API reference with no warning, one page per public name', () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gclab-api-'));
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'typedoc', 'bin', 'typedoc'), '--out', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 300_000,
  });
  expect({ status: r.status, output: r.stdout + r.stderr }).toMatchObject({ status: 0 });
  const undocumented = [...(r.stdout + r.stderr).matchAll(/(\w+) \((?:Class|Function|Interface|TypeAlias|Variable|CallSignature)\)[^\n]*does not have any documentation/g)].map((m) => m[1]);
  expect(undocumented.filter((name) => DOCUMENTED.includes(name))).toEqual([]);
  expect(r.stdout + r.stderr).not.toMatch(/\berror\b/i);
  expect(fs.existsSync(path.join(out, 'index.html'))).toBe(true);
  // Both entry points: the root (`gclab`) and the documented subpath (`gclab/testing`).
  for (const page of [
    'modules/gclab.html',
    'modules/gclab_testing.html',
    'classes/gclab.Heap.html',
    'classes/gclab.Collector.html',
    'classes/gclab.WeakValueDictionary.html',
    'functions/gclab.runScenario.html',
    'functions/gclab.newRef.html',
    'functions/gclab_testing.runUnderSchedule.html',
    'functions/gclab_testing.explore.html',
    'classes/gclab_testing.HeapProgram.html',
    'classes/gclab_testing.ScheduleSpace.html',
  ]) {
    expect({ page, exists: fs.existsSync(path.join(out, page)) }).toEqual({ page, exists: true });
  }
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  expect(pkg.scripts['docs:api']).toBe('typedoc');
}, 320_000);
