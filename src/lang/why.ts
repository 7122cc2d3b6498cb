/**
 * `gclab why FILE.py --line N EXPR`: run the scenario; the first time the
 * statement at line N is about to run, evaluate EXPR there (in that
 * statement's scope) and answer "why is it alive?" with a shortest chain of
 * references from a root (reference-path.ts); let the run finish and find,
 * in its trace, the event that killed the object.
 *
 * The probe is a statement `__gclab_why__(lambda: (EXPR))` put before the
 * statement at line N in the bare AST, so EXPR sees exactly the names that
 * statement sees. The lambda is called by the probe builtin, which catches
 * what EXPR raises. The scenario's output is not shown.
 */
import { PyException, TraceLog, isObject, type TracedEvent, type Value } from '../heap';
import { formatTraceback } from './interp/exceptions';
import type { Interpreter } from './interp/interpreter';
import { referencePath, type PathStep } from './interp/reference-path';
import { call } from './runtime/calls';
import { releaseException } from './runtime/lang-host';
import { immediateRepr, traceLabel } from './runtime/trace-label';
import { runScenario } from './scenario';
import type { Module, Stmt } from './syntax/ast';
import { parseSyntax } from './syntax/parser';
import { ScenarioSyntaxError } from './syntax/syntax-error';
import type { ModuleFileReader } from './interp/import-system';

/** Options of `why()`. */
export interface WhyOptions {
  /** The line whose statement EXPR is evaluated before (the first time it runs). */
  line: number;
  /** A Python expression. */
  expr: string;
  readModuleFile?: ModuleFileReader;
  maxSteps?: number;
}

/** What `why()` found. */
export type WhyAnswer =
  | {
      kind: 'object';
      id: number;
      label: string;
      type: string;
      /** Its reference count at line N, not counting the probe's own reference. */
      refcount: number;
      /** A shortest chain from a root, or null when no root reaches it. */
      path: PathStep[] | null;
      /** The object's death event in the rest of the run (null: it outlived the run's trace). */
      death: TracedEvent | null;
      /** The run's trace (format v1), to explain the death in context. */
      trace: string;
    }
  | { kind: 'immediate'; repr: string }
  | { kind: 'raised'; error: string }
  | { kind: 'not-reached' }
  | { kind: 'no-statement' }
  | { kind: 'bad-expr'; message: string };

const PROBE = '__gclab_why__';

/** The probe statement for EXPR, every node placed at `line`; null when EXPR is not one expression. */
function probeStatement(expr: string, line: number): Stmt | string {
  let mod: Module;
  try {
    mod = parseSyntax(`${PROBE}(lambda: (\n${expr}\n))\n`, '<why>');
  } catch (e) {
    if (e instanceof ScenarioSyntaxError) return e.msg;
    throw e;
  }
  if (mod.body.length !== 1 || mod.body[0].kind !== 'Expr') return 'EXPR must be one expression';
  placeAt(mod.body[0], line, new Set());
  return mod.body[0];
}

/** Set every node's line (the probe stands where the statement at `line` stands). */
function placeAt(node: unknown, line: number, seen: Set<unknown>): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  const o = node as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    if ((k === 'line' || k === 'endLine') && typeof o[k] === 'number') o[k] = line;
    else placeAt(o[k], line, seen);
  }
}

/** The statement list holding the first statement that starts at `line`, and its index; null when none does. */
function findStatement(node: unknown, line: number): [Stmt[], number] | null {
  if (typeof node !== 'object' || node === null) return null;
  if (Array.isArray(node)) {
    const i = node.findIndex((s) => isStatement(s) && s.line === line);
    if (i >= 0) return [node as Stmt[], i];
    for (const s of node) {
      const r = findStatement(s, line);
      if (r !== null) return r;
    }
    return null;
  }
  for (const v of Object.values(node as Record<string, unknown>)) {
    if (typeof v === 'object' && v !== null) {
      const r = findStatement(v, line);
      if (r !== null) return r;
    }
  }
  return null;
}

const STATEMENT_KINDS = new Set([
  'Expr', 'Assign', 'AugAssign', 'Delete', 'Pass', 'Break', 'Continue', 'If', 'While', 'For', 'FunctionDef', 'Return',
  'ClassDef', 'Try', 'Raise', 'Assert', 'Global', 'Nonlocal', 'Import', 'ImportFrom', 'With', 'AnnAssign', 'Match',
]);

function isStatement(s: unknown): s is Stmt {
  return typeof s === 'object' && s !== null && STATEMENT_KINDS.has((s as Stmt).kind) && typeof (s as Stmt).line === 'number';
}

/** Run `source` and answer "why is EXPR alive at line N?" (see the file comment). */
export function why(source: string, filename: string, options: WhyOptions): WhyAnswer {
  const probe = probeStatement(options.expr, options.line);
  if (typeof probe === 'string') return { kind: 'bad-expr', message: probe };
  // A source that does not parse runs anyway: its SyntaxError is what the user needs to see first.
  try {
    if (findStatement(parseSyntax(source, filename).body, options.line) === null) return { kind: 'no-statement' };
  } catch (e) {
    if (!(e instanceof ScenarioSyntaxError)) throw e;
  }
  let answer: WhyAnswer = { kind: 'not-reached' };
  let watched = 0;
  const trace = new TraceLog({ level: 'refs', scenario: filename });
  const install = (ip: Interpreter) => {
    const heap = ip.heap;
    const fn = heap.newHostFunction(PROBE, (_heap, _fn, [thunk]) => {
      if (answer.kind !== 'not-reached') return null;
      answer = evaluate(ip, thunk, trace);
      if (answer.kind === 'object') watched = answer.id;
      return null;
    });
    ip.builtins.set(heap, PROBE, fn);
    heap.decref(fn);
  };
  runScenario(source, filename, {
    trace,
    readModuleFile: options.readModuleFile,
    maxSteps: options.maxSteps,
    onOutput: () => {},
    transformMain: (mod) => {
      const found = findStatement(mod.body, options.line);
      if (found !== null) found[0].splice(found[1], 0, probe);
    },
    setup: install,
  });
  const final = answer as WhyAnswer;
  if (final.kind !== 'object') return final;
  const text = trace.toJSONL();
  const death = trace.events.find((e) => e.kind === 'death' && e.id === watched) ?? null;
  return { ...final, death, trace: text };
}

/** Call the probe's lambda and describe what it returns (or raises). */
function evaluate(ip: Interpreter, thunk: Value, trace: TraceLog): WhyAnswer {
  let v: Value;
  try {
    v = call(ip.rt, thunk, []);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const lines = formatTraceback(ip.rt, e, () => '').trimEnd().split('\n');
    releaseException(ip.rt, e);
    return { kind: 'raised', error: lines[lines.length - 1] };
  }
  try {
    if (!isObject(v)) return { kind: 'immediate', repr: immediateRepr(v) ?? String(v) };
    trace.flush();
    return {
      kind: 'object',
      id: v.id,
      label: traceLabel(v),
      type: v.typeName,
      refcount: v.refcnt - 1,
      path: referencePath(ip, v),
      death: null,
      trace: '',
    };
  } finally {
    ip.heap.decref(v);
  }
}

