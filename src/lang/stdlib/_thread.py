"""_thread for gclab: the names of Modules/_threadmodule.c that programs
reach. The lock types and the thread functions are threading.py's (gclab's
threads are written there, on the evaluator's coroutines), re-exported
under their C names: LockType is _thread.lock, RLock _thread.RLock, error
RuntimeError.
"""

from threading import lock as LockType, _CRLock as RLock, Lock as allocate_lock, \
    get_ident, get_native_id, stack_size, TIMEOUT_MAX, local as _local, \
    ExceptHookArgs as _ExceptHookArgs, excepthook as _excepthook

error = RuntimeError
allocate = allocate_lock
