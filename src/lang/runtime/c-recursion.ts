/**
 * The C-level half of CPython 3.11's recursion limit (_Py_EnterRecursiveCall,
 * Include/internal/pycore_ceval.h).
 *
 * In 3.11 one counter, tstate->recursion_remaining, serves both the Python
 * frames (each frame entry takes one) and the C functions that guard
 * themselves with Py_EnterRecursiveCall (each nested entry takes one). So a
 * `__repr__` that calls `repr(self)` goes three deep per level -- the builtin
 * call (" while calling a Python object"), PyObject_Repr (" while getting
 * the repr of an object") and the __repr__ frame -- and overflows after about
 * a third of the frames a plain recursive function reaches. The interpreter's
 * frame checks add `cRecursionDepth` to the frame count; the guarded C paths
 * of the runtime (PyObject_Repr, PyObject_Str, PyObject_RichCompare,
 * _PyObject_MakeTpCall of a class or of an instance with __call__, and the
 * builtins CPython calls through a recursion-checked path) go through
 * `enterCRecursion`. The message carries the guard's `where`.
 *
 * Not modelled: the adaptive interpreter's warm-up (during a code object's
 * first 8 runs a call to a METH_FASTCALL builtin such as len(), iter() or
 * sorted() also takes one; once specialised it does not), and the entry
 * every builtin function or method takes when C code calls it
 * (map(len, ...), filter(len, ...): cfunction_vectorcall_* always checks;
 * gclab's builtins calling builtins take none).
 */
import { PyException } from '../../heap';
import type { Runtime } from './runtime';

/**
 * Py_EnterRecursiveCall(where): take one C-level recursion entry, or raise
 * RecursionError when the frames and entries already reach the limit. The
 * caller gives it back with `rt.cRecursionDepth--` in a finally block
 * (Py_LeaveRecursiveCall); no closure, so the common path allocates nothing.
 */
export function enterCRecursion(rt: Runtime, where: string): void {
  if (rt.evaluator.frameDepth() + rt.cRecursionDepth >= rt.recursionLimit) {
    throw rt.error('RecursionError', `maximum recursion depth exceeded${where}`);
  }
  rt.cRecursionDepth++;
}

/**
 * The " while calling a Python object" entry of a call the runtime makes
 * (a checked builtin, a class, an instance's __call__): taken as
 * enterCRecursion takes it, but not checked when the running frame is
 * code standing for C (c-implemented.ts), whose builtin calls are C's
 * direct calls (PyList_Append, tp_alloc) that CPython does not check. The
 * caller gives it back with `rt.cRecursionDepth--` as for enterCRecursion.
 */
export function enterCallRecursion(rt: Runtime): void {
  if (rt.evaluator.frameDepth() + rt.cRecursionDepth >= rt.recursionLimit && !rt.evaluator.inCCode()) {
    throw rt.error('RecursionError', `maximum recursion depth exceeded${CALLING}`);
  }
  rt.cRecursionDepth++;
}

/**
 * Whether `levels` nested Py_EnterRecursiveCall entries would succeed, as a
 * C path that enters and leaves them with nothing observable between (no
 * Python code runs inside): raises the innermost entry's RecursionError.
 */
export function checkCRecursion(rt: Runtime, where: string, levels: number): void {
  if (rt.evaluator.frameDepth() + rt.cRecursionDepth + levels > rt.recursionLimit) {
    throw rt.error('RecursionError', `maximum recursion depth exceeded${where}`);
  }
}

/**
 * The entries one write() to the standard output or error stream takes
 * (a TextIOWrapper over a BufferedWriter): the method call's own
 * (" while calling a Python object") and one the C write path makes inside
 * it. python3 3.11 under a recursion limit of 60: `sys.stdout.write('')`
 * or `print(end='')` fails two frames earlier than a plain call.
 */
export const STDIO_WRITE_ENTRIES = 2;

/**
 * The `where` of the innermost recursion guard a stdlib function standing
 * for C holds (_gclab.recursive_call: _pickle.c's save, _json.c's
 * encoder): those frames do not count toward the limit, so the host's
 * stack may run out first inside one, and its RecursionError then carries
 * the guard's message, as the guard's own overflow would. Restored on
 * leaving the guard.
 */
export const hostStackGuard = { where: '', depth: 0 };

/**
 * The host stack's budget for code standing for C: frames on the stack
 * (counted or not) plus recursive_call guards held. Frames of C code do not
 * count toward the recursion limit, so C code recursing through its own
 * Python (pickle's save, json's encoder) could otherwise run the JS stack
 * out at a point that depends on how much stack each frame takes (the
 * trace level, the host's stack size); past this budget a C function's
 * call raises its guard's RecursionError at the same point in every run.
 * The conformance runner's stack (node --stack-size=3900) holds about
 * 2,700 plain Python frames with the fullest trace (a frame of C code or
 * a guard takes less: json.loads of 990 nested objects, three units a
 * level, fits).
 *
 * Measured, not derived from the host stack, on purpose: the JS stack a
 * frame takes depends on V8's tiering of the evaluator's functions (an
 * interpreted and an optimised frame differ in size), on the trace level
 * and on node's --stack-size, none of which the program can see. A budget
 * computed from them would move the point where such a RecursionError is
 * raised from one run or machine to the next; a fixed count keeps it at
 * the same place in every run (the determinism rule), and the runner's
 * fixed --stack-size makes the count safe.
 */
export const HOST_FRAME_BUDGET = 3000;

/** The RecursionError the host's stack running out stands for. */
export function hostStackRecursionError(): PyException {
  return new PyException('RecursionError', `maximum recursion depth exceeded${hostStackGuard.where}`);
}

/** " while calling a Python object": _PyObject_MakeTpCall and the cfunction/method-descriptor calls that check. */
export const CALLING = ' while calling a Python object';

/**
 * The builtins whose call takes a recursion entry even once CPython 3.11 has
 * specialised the call (METH_O and METH_NOARGS functions: PRECALL_NO_KW_BUILTIN_O
 * checks; METH_VARARGS functions go through _PyObject_MakeTpCall). len() and
 * isinstance() have their own unchecked instructions; METH_FASTCALL builtins
 * (iter, next, getattr, sorted, print, ...) are unchecked once specialised.
 */
export const RECURSION_CHECKED_BUILTINS: ReadonlySet<string> = new Set([
  'abs', 'all', 'any', 'ascii', 'bin', 'callable', 'chr', 'hash', 'hex', 'id', 'oct', 'ord', 'repr',
  'dir', 'max', 'min', 'vars', '__import__', 'globals', 'locals',
]);
