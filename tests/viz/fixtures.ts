/**
 * A trace format v1 trace of a small cycle, written out by hand from
 * docs/trace-format.md's examples, for the adapter and state tests:
 *
 *   1  import gc
 *   2  class Node:
 *   3      def __init__(self, name): self.name = name
 *   4  a = Node('a')
 *   5  b = Node('b')
 *   6  a.peer = b; b.peer = a
 *   7  del a, b
 *   8  print(gc.collect())
 */
import type { TraceRecord } from '../../src/viz/trace-adapter';

export const CYCLE_SOURCE = `import gc
class Node:
    def __init__(self, name): self.name = name
a = Node('a')
b = Node('b')
a.peer = b; b.peer = a
del a, b
print(gc.collect())
`;

const at = (line: number) => ({ line, fn: '<module>' });

export const CYCLE_TRACE: TraceRecord[] = [
  { format: 'gclab-trace', version: 1, gclab: '0.1.0', scenario: '/tmp/cycle.py', profile: { python: '3.11.7', level: 'refs', schedule: null, gcStress: false } },
  { seq: 1, kind: 'startup', objects: 900, lastId: 1000 },
  { seq: 2, kind: 'frame', ...at(1), frame: 1, parent: 0 },
  { seq: 3, kind: 'alloc', ...at(2), id: 1001, type: 'type' },
  { seq: 4, kind: 'bind', ...at(2), module: '__main__', name: 'Node', id: 1001, label: 'class Node' },
  { seq: 5, kind: 'alloc', ...at(4), id: 1002, type: 'Node' },
  { seq: 6, kind: 'frame', line: 3, fn: '__init__', frame: 2, parent: 1 },
  { seq: 7, kind: 'bind', line: 3, fn: '__init__', frame: 2, name: 'self', id: 1002, label: 'Node()' },
  { seq: 8, kind: 'bind', line: 3, fn: '__init__', frame: 2, name: 'name', value: "'a'" },
  { seq: 9, kind: 'frame-end', line: 3, fn: '__init__', frame: 2 },
  { seq: 10, kind: 'bind', ...at(4), module: '__main__', name: 'a', id: 1002, label: "Node('a')" },
  { seq: 11, kind: 'incref', ...at(4), id: 1002, rc: 1 },
  { seq: 12, kind: 'alloc', ...at(5), id: 1003, type: 'Node' },
  { seq: 13, kind: 'bind', ...at(5), module: '__main__', name: 'b', id: 1003, label: "Node('b')" },
  { seq: 14, kind: 'incref', ...at(6), id: 1003, rc: 2 },
  { seq: 15, kind: 'incref', ...at(6), id: 1002, rc: 2 },
  { seq: 16, kind: 'edges', ...at(7), id: 1002, to: [1001, 1003], label: "Node('a')" },
  { seq: 17, kind: 'edges', ...at(7), id: 1003, to: [1001, 1002], label: "Node('b')" },
  { seq: 18, kind: 'unbind', ...at(7), module: '__main__', name: 'a', id: 1002 },
  { seq: 19, kind: 'decref', ...at(7), id: 1002, rc: 1 },
  { seq: 20, kind: 'unbind', ...at(7), module: '__main__', name: 'b', id: 1003 },
  { seq: 21, kind: 'decref', ...at(7), id: 1003, rc: 1 },
  { seq: 22, kind: 'gc-start', ...at(8), collection: 1, generation: 2 },
  { seq: 23, kind: 'gc-phase', ...at(8), collection: 1, phase: 'update_refs', objects: [17, 1001, 1002, 1003], gc_refs: [5, 3, 1, 1], labels: [null, 'class Node', "Node('a')", "Node('b')"], pass: 1 },
  { seq: 24, kind: 'gc-phase', ...at(8), collection: 1, phase: 'subtract_refs', objects: [17, 1001, 1002, 1003], gc_refs: [5, 1, 0, 0], pass: 1 },
  { seq: 25, kind: 'gc-phase', ...at(8), collection: 1, phase: 'move_unreachable', reachable: [17, 1001], unreachable: [1002, 1003], objects: [1002, 1003], pass: 1 },
  { seq: 26, kind: 'gc-phase', ...at(8), collection: 1, phase: 'move_legacy_finalizers', finalizers: [] },
  { seq: 27, kind: 'gc-phase', ...at(8), collection: 1, phase: 'handle_weakrefs', cleared: [], callbacks: [] },
  { seq: 28, kind: 'gc-phase', ...at(8), collection: 1, phase: 'finalize_garbage', objects: [1002, 1003] },
  { seq: 29, kind: 'gc-phase', ...at(8), collection: 1, phase: 'delete_garbage', objects: [1002, 1003] },
  { seq: 30, kind: 'clear', ...at(8), id: 1002, type: 'Node' },
  { seq: 31, kind: 'death', ...at(8), id: 1003, type: 'Node', label: "Node('b')", cause: 'cycle', collection: 1 },
  { seq: 32, kind: 'death', ...at(8), id: 1002, type: 'Node', label: "Node('a')", cause: 'cycle', collection: 1 },
  { seq: 33, kind: 'gc-end', ...at(8), collection: 1, generation: 2, collected: 2, uncollectable: 0 },
  { seq: 34, kind: 'output', ...at(8), stream: 'out', text: '2\n' },
  { seq: 35, kind: 'shutdown' },
  { seq: 36, kind: 'death', id: 1001, type: 'type', label: 'class Node', cause: 'refcount', shutdown: true },
  { seq: 37, kind: 'exit', status: 0 },
];
