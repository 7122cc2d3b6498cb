/**
 * The `errno` module (Modules/errnomodule.c, 3.11): a builtin module of the
 * platform's error numbers. errno_exec adds `errorcode` first, then each
 * name in the C source's order (add_errcode: the module's name -> code, and
 * errorcode's code -> name, so of two names for one code, such as
 * EWOULDBLOCK and EAGAIN, the later one is errorcode's). The values and the
 * order are Linux's, read off CPython by scripts/gen-errno.py.
 */
import type { ModuleObject } from '../function-object';
import type { Runtime } from '../runtime';
import { ERRNO_DOC, ERRNO_NAMES } from './errno-codes';
import { addObject, newNativeModule } from './native-module';

/** The errno module object. */
export function makeErrnoModule(rt: Runtime): ModuleObject {
  const heap = rt.heap;
  return newNativeModule(rt, 'errno', (d) => {
    d.set(heap, '__doc__', ERRNO_DOC);
    const errorcode = heap.newDict();
    addObject(rt, d, 'errorcode', errorcode);
    for (const [name, code] of ERRNO_NAMES) {
      d.set(heap, name, code);
      errorcode.set(heap, code, name);
    }
  });
}
