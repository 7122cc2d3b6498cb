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
 */
import { ListObject, PyException, TupleObject, type Value } from '../../../heap';
import type { ModuleObject } from '../function-object';
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
  });
}
