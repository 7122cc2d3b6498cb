/**
 * `exit` and `quit` (Lib/_sitebuiltins.py's Quitter, which the site module
 * adds to builtins at start-up, so scripts can call them too): the repr
 * tells how to leave the interactive session; a call raises
 * SystemExit(code) (after Quitter.__call__ tries sys.stdin.close(), which
 * has nothing to close here).
 *
 * In CPython they are instances of a Python class, made by site.py at
 * start-up; here they are two immortal atoms of a builtin type named
 * `_sitebuiltins.Quitter`, like Ellipsis (not GC objects, never counted
 * among the scenario's objects). What a program sees -- repr, the type's
 * name and module, the call -- is the same.
 */
import { PyObject, type Value } from '../../../heap';
import { pyException } from '../calls';
import type { BuiltinType } from '../type-slots';

class QuitterObject extends PyObject {
  constructor(
    readonly name: 'exit' | 'quit',
    readonly eof: string,
  ) {
    super();
  }
  get typeName(): string {
    return 'Quitter';
  }
  override get isGC(): boolean {
    return false;
  }
  override dealloc(): void {
    this.refcnt = 1 << 30;
  }
}

/** site.setquit(): the end-of-file key of a POSIX terminal. */
const EOF_KEY = 'Ctrl-D (i.e. EOF)';

export const exitQuitter: PyObject = new QuitterObject('exit', EOF_KEY);
exitQuitter.refcnt = 1 << 30;
export const quitQuitter: PyObject = new QuitterObject('quit', EOF_KEY);
quitQuitter.refcnt = 1 << 30;

export const quitterType: BuiltinType = {
  name: '_sitebuiltins.Quitter',
  instances: [QuitterObject],
  slots: {
    tp_repr: (rt, self) => `Use ${(self as QuitterObject).name}() or ${(self as QuitterObject).eof} to exit`,
    // def __call__(self, code=None): raise SystemExit(code)
    tp_call(rt, self, args, kwargs) {
      if (args.length > 1) throw rt.typeError(`Quitter.__call__() takes from 1 to 2 positional arguments but ${args.length + 1} were given`);
      let code: Value = args.length === 0 ? null : args[0];
      for (const [name, value] of kwargs ?? []) {
        if (name !== 'code') throw rt.typeError(`Quitter.__call__() got an unexpected keyword argument '${name}'`);
        if (args.length > 0) throw rt.typeError("Quitter.__call__() got multiple values for argument 'code'");
        code = value;
      }
      throw pyException(rt, 'SystemExit', [code]);
    },
  },
  methods: {},
};
