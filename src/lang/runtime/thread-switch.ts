/**
 * Thread switches: what threading.py's scheduler needs from the evaluator.
 *
 * gclab runs every thread on the one host stack, deterministically: a
 * thread other than the main one runs as a coroutine (the evaluator's
 * resumable mode, interp/exec-generator.ts), made by `_gclab.thread_new(f)`
 * and run by `_gclab.thread_resume(handle)` until it ends or suspends. A
 * thread suspends at `_gclab.thread_suspend()`, a blocking point of
 * threading.py (a lock, a condition, a join, a sleep), when every frame
 * between the coroutine's start and that call was entered by a call the
 * resumable mode made (a plain Python function called from a statement of
 * a thread's frame, in any operand; a `with` statement's __enter__; the
 * function of `for x in iter(f, sentinel)`); anywhere else (inside a
 * builtin's callback, a lambda, a comprehension, a generator's body)
 * thread_suspend() returns False and threading.py runs the other threads
 * from there until the wait is over.
 */
import type { Value } from '../../heap';
import type { BuiltinImpl } from './native-objects';

/** `_gclab.thread_suspend()` as a plain call: no thread switch is possible here (False). */
export const threadSuspendImpl: BuiltinImpl = (): Value => false;

/** A thread coroutine: runs (resumably) until it suspends or its function returns. */
export type ThreadCoroutine = Generator<Value, Value, Value>;
