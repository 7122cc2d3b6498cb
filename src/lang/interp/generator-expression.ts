/**
 * Generator expressions, `(f(x) for x in xs if p(x))`: lazy, as in CPython.
 * The first iterable is evaluated where the expression is written and its
 * iterator becomes the generator's `.0`; everything else runs in the
 * generator's own frame, one item per next(). A generator object owns its
 * frame (the loop variables), its iterators and nothing else; exhausting
 * or releasing it releases them (gen_dealloc / _PyFrame_Clear).
 */
import { PyObject, clearWeakRefs, isObject, type Heap, type Value, type Visit } from '../../heap';
import { iter, next, registerProtocol, truthy } from '../runtime/operators';
import type { Runtime } from '../runtime/runtime';
import type * as A from '../syntax/ast';
import { comprehensionFrame, evalExpr } from './eval-expressions';
import { assign } from './exec-statements';
import { frameReferences, type Frame } from './frame';
import type { Interpreter } from './interpreter';

export type GeneratorExpNode = A.GeneratorExp;

export class GeneratorExpObject extends PyObject {
  /** Iterators of the active `for` clauses (owned), outermost first. */
  iters: Value[] = [];
  started = false;
  running = false;
  done = false;

  constructor(
    readonly ip: Interpreter,
    readonly node: GeneratorExpNode,
    /** The generator's frame (owns its locals and cells). */
    public frame: Frame | null,
  ) {
    super();
  }

  get typeName(): string {
    return 'generator';
  }
  override get weakrefable(): boolean {
    return true;
  }

  override traverse(visit: Visit): void {
    if (this.frame !== null) {
      for (const v of this.frame.locals) if (isObject(v)) visit(v);
      for (const c of this.frame.cells) visit(c);
    }
    for (const v of this.iters) if (isObject(v)) visit(v);
  }

  override clear(heap: Heap): void {
    this.finish(heap);
  }

  override dealloc(heap: Heap): void {
    heap.untrack(this);
    heap.die(this);
    if (this.weaklist !== null) clearWeakRefs(heap, this);
    this.finish(heap);
    heap.free(this);
  }

  /** End the generator: release its iterators (innermost first) and its frame. */
  finish(heap: Heap): void {
    this.done = true;
    const its = this.iters;
    this.iters = [];
    for (let i = its.length - 1; i >= 0; i--) heap.decref(its[i]);
    const f = this.frame;
    this.frame = null;
    if (f !== null) for (const v of frameReferences(f)) if (v !== undefined) heap.decref(v);
  }

  /** gen.__next__: the next item (new reference) or undefined when exhausted. */
  resume(rt: Runtime): Value | undefined {
    if (this.done || this.frame === null) return undefined;
    if (this.running) throw rt.error('ValueError', 'generator already executing');
    this.running = true;
    const ip = this.ip;
    const frame = this.frame;
    ip.frames.push(frame);
    try {
      if (!this.started) {
        this.started = true;
        const first = frame.locals[0] as Value;
        frame.locals[0] = undefined;
        this.iters.push(first);
      }
      const gens = this.node.generators;
      for (;;) {
        ip.step();
        const d = this.iters.length - 1;
        if (d < 0) {
          this.finish(rt.heap);
          return undefined;
        }
        const x = next(rt, this.iters[d]);
        if (x === undefined) {
          const it = this.iters.pop() as Value;
          rt.decref(it);
          continue;
        }
        try {
          assign(ip, frame, gens[d].target, x);
        } finally {
          rt.decref(x);
        }
        if (!gens[d].ifs.every((c) => test(ip, frame, c))) continue;
        if (d + 1 < gens.length) {
          const src = evalExpr(ip, frame, gens[d + 1].iter);
          try {
            this.iters.push(iter(rt, src));
          } finally {
            rt.decref(src);
          }
          continue;
        }
        return evalExpr(ip, frame, this.node.elt);
      }
    } catch (e) {
      this.finish(rt.heap);
      throw e;
    } finally {
      ip.frames.pop();
      this.running = false;
    }
  }
}

function test(ip: Interpreter, frame: Frame, c: A.Expr): boolean {
  const v = evalExpr(ip, frame, c);
  try {
    return truthy(ip.rt, v);
  } finally {
    ip.rt.decref(v);
  }
}

/** Evaluate a generator expression: a new generator object. */
export function makeGeneratorExp(ip: Interpreter, frame: Frame, e: GeneratorExpNode): Value {
  const inner = comprehensionFrame(ip, frame, e);
  inner.line = e.line;
  ip.heap.reserve();
  const g = ip.heap.register(new GeneratorExpObject(ip, e, inner));
  ip.heap.track(g);
  return g;
}

/** The generator protocol for generator expressions. */
export function installGeneratorExp(rt: Runtime): void {
  rt.registerClass(GeneratorExpObject, rt.types.get('generator'));
  registerProtocol(GeneratorExpObject, {
    iter: (rt2, self) => rt2.incref(self),
    next: (rt2, self) => (self as GeneratorExpObject).resume(rt2),
    repr: (rt2, self) => `<generator object <genexpr> at ${rt2.address(self as GeneratorExpObject)}>`,
  });
}
