/**
 * `_gclab`: what gclab's own Python modules need from the host.
 *
 * run_python(args): run a child Python interpreter, as test.support's
 * script_helper runs `python3 -X faulthandler -I ARGS` in a subprocess:
 * a fresh gclab interpreter (its own heap, modules, exit handlers and
 * shutdown) runs `-c CODE` (or a script beside the scenario), with the
 * same module files as the parent, and its exit status, standard output
 * and standard error come back as (status, out, err) (str; script_helper
 * encodes them). The child runs to its end before run_python returns.
 *
 * source_lines(filename): the lines (each ending in '\n') of a source file
 * the interpreter has read (the scenario, modules beside it, gclab's own
 * Python modules), or [] -- linecache's view of the files.
 *
 * environ(), getcwd(), file_exists(path): what os and os.path read from the
 * host (its environment and working directory; a file the interpreter has
 * read or can read beside the scenario).
 *
 * tb_position(tb): where in its line a traceback entry's instruction is,
 * as (lineno, end_lineno, colno, end_colno, anchors) with columns in
 * characters, or None; anchors is None or (kind, a, b): for 'binop' the
 * end of the left operand and the start of the right one, for 'subscript'
 * the end of the value and of the index, relative to colno -- what
 * traceback.py's caret code reads from ast.parse of the segment.
 */
import { ListObject, PyException, TupleObject, type Value } from '../../../heap';
import type { ModuleObject } from '../function-object';
import { TracebackObject } from '../native-objects';
import type { Loc } from '../../syntax/ast';
import type { Runtime } from '../runtime';
import { addFunction, newNativeModule } from './native-module';

export interface ChildRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a child interpreter with python3's command-line arguments. */
export type ChildRunner = (args: string[]) => ChildRun;

const runners = new WeakMap<Runtime, ChildRunner>();

/** The interpreter's source text of a file, as lines without their newlines. */
export type SourceLookup = (filename: string) => string[] | undefined;
const sourceLookups = new WeakMap<Runtime, SourceLookup>();

/** Whether a file exists, as far as the host lets the scenario see files (set by the interpreter). */
export type FileProbe = (path: string) => boolean;
const fileProbes = new WeakMap<Runtime, FileProbe>();

export function setFileProbe(rt: Runtime, probe: FileProbe): void {
  fileProbes.set(rt, probe);
}

/** The host process's environment and working directory (none in a browser). */
function hostProcess(): { env: Record<string, string | undefined>; cwd(): string } | undefined {
  const p = (globalThis as { process?: { env: Record<string, string | undefined>; cwd(): string } }).process;
  return p !== undefined && typeof p.cwd === 'function' ? p : undefined;
}

/** How _gclab.source_lines finds a file's text (set by the interpreter). */
export function setSourceLookup(rt: Runtime, lookup: SourceLookup): void {
  sourceLookups.set(rt, lookup);
}

function tracebackPosition(rt: Runtime, tb: Value): Value {
  if (!(tb instanceof TracebackObject)) throw rt.typeError(`tb_position() argument must be a traceback, not ${rt.typeName(tb)}`);
  const p = tb.position;
  if (p === null) return null;
  let anchors: Value = null;
  if (p.line === p.endLine) {
    const e = p as Loc & { kind?: string; left?: Loc; right?: Loc; value?: Loc; slice?: Loc };
    if (e.kind === 'BinOp' && e.left !== undefined && e.right !== undefined && e.left.endLine === p.line && e.right.line === p.line) {
      anchors = rt.tupleSteal(['binop', e.left.endCol - p.col, e.right.col - p.col]);
    } else if (e.kind === 'Subscript' && e.value !== undefined && e.slice !== undefined && e.value.endLine === p.line && e.slice.endLine === p.line) {
      anchors = rt.tupleSteal(['subscript', e.value.endCol - p.col, e.slice.endCol - p.col]);
    }
  }
  return rt.tupleSteal([p.line, p.endLine, p.col, p.endCol, anchors]);
}

/** The host's way of running a child interpreter (set by runScenario). */
export function setChildRunner(rt: Runtime, runner: ChildRunner): void {
  runners.set(rt, runner);
}

function stringItems(rt: Runtime, v: Value): string[] {
  const items = v instanceof ListObject || v instanceof TupleObject ? v.items : null;
  if (items === null) throw rt.typeError(`run_python() argument must be a list of str, not ${rt.typeName(v)}`);
  return items.map((x) => {
    if (typeof x !== 'string') throw rt.typeError(`run_python() arguments must be str, not ${rt.typeName(x)}`);
    return x;
  });
}

export function makeGclabModule(rt: Runtime): ModuleObject {
  return newNativeModule(rt, '_gclab', (d) => {
    addFunction(rt, d, 'run_python', (args) => {
      if (args.length !== 1) throw rt.typeError(`run_python() takes exactly one argument (${args.length} given)`);
      const argv = stringItems(rt, args[0]);
      const runner = runners.get(rt);
      if (runner === undefined) throw new PyException('RuntimeError', 'run_python(): this gclab host runs no child interpreters');
      const r = runner(argv);
      return rt.tupleSteal([r.status, r.stdout, r.stderr]);
    });
    addFunction(rt, d, 'source_lines', (args) => {
      if (args.length !== 1 || typeof args[0] !== 'string') throw rt.typeError('source_lines() takes one str argument');
      const lines = sourceLookups.get(rt)?.(args[0]);
      if (lines === undefined) return rt.listSteal([]);
      const out = lines.map((l, i) => (i < lines.length - 1 ? l + '\n' : l));
      if (out.length > 0 && out[out.length - 1] === '') out.pop();
      return rt.listSteal(out);
    });
    addFunction(rt, d, 'environ', () => {
      // os.environ's contents: the host's environment, in its key order.
      const env = rt.heap.newDict();
      for (const [k, v] of Object.entries(hostProcess()?.env ?? {})) if (v !== undefined) env.set(rt.heap, k, v);
      return env;
    });
    addFunction(rt, d, 'getcwd', () => hostProcess()?.cwd() ?? '/');
    addFunction(rt, d, 'file_exists', (args) => {
      if (args.length !== 1 || typeof args[0] !== 'string') throw rt.typeError('file_exists() takes one str argument');
      return fileProbes.get(rt)?.(args[0]) ?? false;
    });
    addFunction(rt, d, 'tb_position', (args) => {
      if (args.length !== 1) throw rt.typeError(`tb_position() takes exactly one argument (${args.length} given)`);
      return tracebackPosition(rt, args[0]);
    });
  });
}
