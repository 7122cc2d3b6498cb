/**
 * "Why is it still alive?" (`gclab why`): the shortest chain of strong
 * references from a root to an object. Roots are what keeps objects alive
 * without being an object's reference: the names of the running frames
 * (innermost first: locals and cells), then the modules in sys.modules
 * (their globals). A breadth-first search over tp_traverse finds a shortest
 * chain; each step says which slot holds the next object (`.peer`, `[0]`,
 * `['key']`), computed from the objects' own fields, never by running
 * Python code.
 */
import { DictObject, ListObject, TupleObject, isObject, type PyObject, type Value } from '../../heap';
import { CellObject, ModuleObject } from '../runtime/function-object';
import { immediateRepr, traceLabel } from '../runtime/trace-label';
import type { Frame } from './frame';
import type { Interpreter } from './interpreter';

/** One step of a reference path. */
export interface PathStep {
  /** How the holder refers to the next object: a root's name, `.attr`, `[0]`, `['key']`, or `->`. */
  via: string;
  id: number;
  label: string;
}

interface Root {
  name: string;
  value: Value;
}

/** The names of the running frames (innermost first), then each module's globals by sys.modules order. */
function rootsOf(ip: Interpreter): Root[] {
  const roots: Root[] = [];
  for (let i = ip.frames.length - 1; i >= 0; i--) {
    const f: Frame = ip.frames[i];
    const where = f.code.kind === 'module' ? `module ${moduleName(ip, f)}` : `${f.funcName}()`;
    const names = f.code.varnames;
    f.locals.forEach((v, k) => {
      if (v !== undefined) roots.push({ name: `local \`${names[k]}\` of ${where}`, value: v });
    });
    // Cell variables are locals too (a closure, or the probe's lambda, reads them); free variables belong to an outer function.
    const ncell = f.code.cellvars.length;
    const cellNames = [...f.code.cellvars, ...f.code.freevars];
    f.cells.forEach((c, k) => {
      if (c.value === undefined) return;
      const kind = k < ncell ? 'local' : 'free variable';
      roots.push({ name: `${kind} \`${cellNames[k] ?? '?'}\` of ${where}`, value: c.value });
    });
    if (f.ns !== f.globals && f.ns instanceof DictObject) {
      for (const [k, v] of f.ns.entries()) roots.push({ name: `\`${String(k)}\` of class body ${f.funcName}`, value: v });
    }
  }
  for (const [name, m] of ip.imports.modules.entries()) {
    if (!(m instanceof ModuleObject) || m.dict === null) continue;
    for (const [k, v] of m.dict.entries()) {
      if (typeof k === 'string' && k.startsWith('__') && k.endsWith('__')) continue;
      roots.push({ name: name === '__main__' ? `global \`${String(k)}\`` : `\`${String(name)}.${String(k)}\``, value: v });
    }
  }
  return roots;
}

function moduleName(ip: Interpreter, f: Frame): string {
  const n = f.globals.get(ip.heap, '__name__');
  return typeof n === 'string' ? n : '?';
}

/** How `holder` refers to `target`: the first slot that holds it. */
export function slotName(holder: PyObject, target: PyObject): string {
  if (holder.hasInstanceLayout) {
    const h = holder as PyObject & { cls: { keyNames: string[]; slotNames: string[] }; attrValues: Array<Value | undefined>; slots: Array<Value | undefined> };
    const k = h.attrValues.indexOf(target);
    if (k >= 0) return `.${h.cls.keyNames[k]}`;
    const s = h.slots.indexOf(target);
    if (s >= 0) return `.${h.cls.slotNames[s]}`;
  }
  if (holder instanceof ListObject || holder instanceof TupleObject) {
    const i = holder.items.indexOf(target);
    if (i >= 0) return `[${i}]`;
  }
  if (holder instanceof DictObject) {
    for (const [k, v] of holder.entries()) {
      if (v === target) return `[${immediateRepr(k) ?? (isObject(k) ? traceLabel(k) : '?')}]`;
      if (k === target) return '(a key)';
    }
  }
  if (holder instanceof CellObject) return '(cell contents)';
  if (holder instanceof ModuleObject) return '.__dict__';
  return '->';
}

/**
 * A shortest reference path from a root to `target`: the root's name and
 * object first, `target` last; null when no root reaches it (it is kept
 * alive only by references the trace cannot name, e.g. the interpreter's
 * own, or it is garbage waiting for the collector).
 */
export function referencePath(ip: Interpreter, target: PyObject): PathStep[] | null {
  const parent = new Map<PyObject, PyObject | null>();
  const rootName = new Map<PyObject, string>();
  let queue: PyObject[] = [];
  for (const r of rootsOf(ip)) {
    if (!isObject(r.value) || parent.has(r.value)) continue;
    parent.set(r.value, null);
    rootName.set(r.value, r.name);
    queue.push(r.value);
  }
  let found = parent.has(target);
  while (!found && queue.length > 0) {
    const next: PyObject[] = [];
    for (const o of queue) {
      o.traverse((child) => {
        if (found || parent.has(child)) return;
        parent.set(child, o);
        if (child === target) found = true;
        next.push(child);
      });
      if (found) break;
    }
    queue = next;
  }
  if (!found) return null;
  const chain: PyObject[] = [];
  for (let o: PyObject | null = target; o !== null; o = parent.get(o) ?? null) chain.unshift(o);
  return chain.map((o, i) => ({
    via: i === 0 ? rootName.get(o)! : slotName(chain[i - 1], o),
    id: o.id,
    label: traceLabel(o),
  }));
}
