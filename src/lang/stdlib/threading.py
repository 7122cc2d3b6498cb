"""threading for gclab: threads on one host stack, switched deterministically.

Each thread but the main one runs as a coroutine of the evaluator
(_gclab.thread_new; see src/lang/runtime/thread-switch.ts). Thread.start()
runs the new thread at once, until it ends or blocks -- what CPython does,
where start() waits for the new thread to run and the new thread keeps the
GIL until it blocks (within the 5 ms switch interval). A thread blocks at
the waits below (_wait): acquiring a held lock, Condition.wait, Event.wait,
Semaphore.acquire, Barrier.wait, Thread.join, time.sleep. There it
suspends, and the thread that resumed it goes on. A thread that cannot
suspend (the main thread, or a thread blocked inside a builtin's callback)
runs the others from where it waits (_run_others): the suspended threads
whose wait is over, in the order they were started, until its own wait is
over; when none can go on, the simulated clock advances to the nearest
deadline (a sleep, a timeout); with none, the wait could never end and
RuntimeError is raised (python3 would hang). Locks, conditions, events,
semaphores and barriers are CPython's Lib/threading.py classes written on
that lock. At exit, _shutdown() lets the non-daemon threads finish first.
Inside a thread current_thread(), get_ident() and threading.local answer
for it; an exception leaving run() goes to threading.excepthook
("Exception in thread NAME:" and the traceback on stderr), SystemExit
silently.
"""

import sys as _sys
import time as _time
from _gclab import thread_new as _thread_new, thread_resume as _thread_resume, \
    thread_suspend as _thread_suspend
from collections import deque as _deque

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 1


# _thread.error is RuntimeError itself (Modules/_threadmodule.c).
ThreadError = RuntimeError


def _would_block_forever(what):
    return RuntimeError("gclab: %s would block forever (no other thread can go on)" % what)


def get_ident():
    return _running[-1]._ident if _running else _MAIN_IDENT


def get_native_id():
    return get_ident()


# ---- the scheduler ------------------------------------------------------------

def _never():
    return False


def _wait(pred, timeout=None, what="a wait"):
    """Block the current thread until pred() is true: True, or False once
    `timeout` seconds of the simulated clock passed first."""
    if pred():
        return True
    deadline = None
    if timeout is not None:
        if timeout <= 0:
            return False
        # Rounded up, as CPython converts a timeout (_PyTime_ROUND_TIMEOUT):
        # a positive timeout waits at least 1 ns, so a caller looping on
        # `deadline - monotonic()` (as_completed, Executor.map) gets there.
        ns = _time._seconds_to_ns(timeout, 'timeout')
        if ns < timeout * 1e9:
            ns += 1
        deadline = _time.monotonic_ns() + ns
    return _wait_until(pred, deadline, what)


def _wait_until(pred, deadline, what):
    """_wait with its deadline on the simulated clock (ns) or None."""
    me = current_thread()
    outer = me._wait_pred, me._wait_deadline, me._wait_what
    me._wait_pred = pred
    me._wait_deadline = deadline
    me._wait_what = what
    try:
        while True:
            suspended = _thread_suspend()
            if not suspended:
                _run_others(me)
            if pred():
                return True
            if deadline is not None and _time.monotonic_ns() >= deadline:
                return False
    finally:
        me._wait_pred, me._wait_deadline, me._wait_what = outer


def _wait_over(t):
    if t._wait_pred is None or t._wait_pred():
        return True
    return t._wait_deadline is not None and _time.monotonic_ns() >= t._wait_deadline


def _run(t):
    """Resume thread t until it suspends or ends."""
    _running.append(t)
    t._suspended = False
    try:
        done = _thread_resume(t._co)
    finally:
        _running.pop()
    if done:
        t._co = None
    else:
        t._suspended = True


def _run_others(me):
    """Run the suspended threads whose wait is over, in the order they were
    started, until me's wait is over; with none, advance the simulated
    clock to the nearest deadline."""
    while True:
        ran = False
        for t in list(_threads):
            if t is me or not t._suspended or not _wait_over(t):
                continue
            _run(t)
            ran = True
            if _wait_over(me):
                return
        if _wait_over(me):
            return
        if ran:
            continue
        deadline = me._wait_deadline
        for t in _threads:
            if t._suspended and t._wait_deadline is not None:
                if deadline is None or t._wait_deadline < deadline:
                    deadline = t._wait_deadline
        if deadline is None:
            raise _would_block_forever(me._wait_what)
        _time._advance_to(deadline)


def _sleep(ns):
    """time.sleep (of ns nanoseconds, checked) while other threads exist:
    a wait that only time ends."""
    if not _threads or ns == 0:
        return _time._sleep_clock(ns)
    _wait_until(_never, _time.monotonic_ns() + ns, "time.sleep()")


_time._sleep_hook = _sleep


# ---- locks ----------------------------------------------------------------------

class lock(object):
    """_thread.lock (Modules/_threadmodule.c lockobject): acquire() takes a
    free lock, else waits until it is released (or the timeout passes). Its
    state is a C field (no __dict__); it takes weak references and cannot be
    pickled or copied (object_getstate: "cannot pickle '_thread.lock'
    object")."""

    __slots__ = ('_locked', '__weakref__')
    __module__ = '_thread'

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_thread.lock' instances")

    def _is_free(self):
        return not self._locked

    def _is_free(self):
        return not self._locked

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        ok = _wait(self._is_free, None if timeout == -1 else timeout, "acquiring a held lock")
        if ok:
            self._locked = True
        return ok

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    def locked(self):
        return self._locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return None

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._locked else "unlocked", id(self))

    def __reduce_ex__(self, protocol):
        # object.__reduce_ex__ of a C type with fields of its own: a heap
        # type in 3.11, so copyreg's protocols 0 and 1 rebuild it from
        # object; object_getstate refuses from protocol 2 on.
        if protocol >= 2:
            raise TypeError("cannot pickle '_thread.lock' object")
        # copyreg._reduce_ex: no state (the C fields are no __dict__ or slots).
        import copyreg
        return copyreg._reconstructor, (type(self), object, None)


LockType = lock
_new_lock = object.__new__


def Lock():
    lk = _new_lock(lock)
    lk._locked = False
    return lk


allocate_lock = Lock
_allocate_lock = Lock


class RLock(object):
    """_thread.RLock (Modules/_threadmodule.c rlockobject, what RLock()
    makes): the owning thread may take it again; others wait. Its lock,
    owner and count are C fields (rlock_lock is a bare PyThread lock, no
    object of its own, so an RLock is one GC object); it cannot be
    pickled."""

    __slots__ = ('_locked', '_owner', '_count', '__weakref__')
    __module__ = '_thread'

    def __init__(self, *args, **kwargs):
        self._locked = False
        self._owner = None
        self._count = 0

    def _is_free(self):
        return not self._locked

    def acquire(self, blocking=True, timeout=-1):
        # rlock_acquire: the arguments are checked as lock.acquire's (lock_acquire_parse_args).
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout is not None and timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        me = get_ident()
        if self._count and self._owner == me:
            self._count += 1
            return True
        if self._locked:
            if not blocking:
                return False
            if not _wait(self._is_free, None if timeout == -1 else timeout, "acquiring a held lock"):
                return False
        self._locked = True
        self._owner = me
        self._count = 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._locked = False

    def __exit__(self, t, v, tb):
        self.release()

    def _acquire_restore(self, state):
        if self._locked:
            _wait(self._is_free, None, "acquiring a held lock")
        self._locked = True
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._locked = False
        return (count, owner)

    def _is_owned(self):
        return bool(self._count) and self._owner == get_ident()

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._locked else "unlocked",
            self._owner or 0, self._count, id(self))

    def __reduce_ex__(self, protocol):
        # A static type in 3.11: copyreg refuses it by __name__ before
        # protocol 2, object_getstate by tp_name from it on.
        if protocol >= 2:
            raise TypeError("cannot pickle '_thread.RLock' object")
        raise TypeError("cannot pickle 'RLock' object")


_CRLock = RLock
_PyRLock = RLock


def RLock(*args, **kwargs):
    return _CRLock(*args, **kwargs)


class Condition(object):
    """Lib/threading.py's Condition: wait() releases the lock and waits for
    a notify() (each waiter waits on a lock of its own)."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        try:
            self._release_save = lock._release_save
        except AttributeError:
            pass
        try:
            self._acquire_restore = lock._acquire_restore
        except AttributeError:
            pass
        try:
            self._is_owned = lock._is_owned
        except AttributeError:
            pass
        self._waiters = _deque()

    def _at_fork_reinit(self):
        self._lock._at_fork_reinit()
        self._waiters.clear()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, x):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        else:
            return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved_state = self._release_save()
        gotit = False
        try:
            if timeout is None:
                waiter.acquire()
                gotit = True
            else:
                if timeout > 0:
                    gotit = waiter.acquire(True, timeout)
                else:
                    gotit = waiter.acquire(False)
            return gotit
        finally:
            self._acquire_restore(saved_state)
            if not gotit:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time.monotonic() + waittime
                else:
                    waittime = endtime - _time.monotonic()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters[0]
            try:
                waiter.release()
            except RuntimeError:
                pass
            else:
                n -= 1
            try:
                waiters.remove(waiter)
            except ValueError:
                pass

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore(object):
    """Lib/threading.py's Semaphore: a counter guarded by a Condition."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}>")

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if endtime is None:
                        endtime = _time.monotonic() + timeout
                    else:
                        timeout = endtime - _time.monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" value={self._value}/{self._initial_value}>")

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event(object):
    """Lib/threading.py's Event: a flag and a Condition."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def _at_fork_reinit(self):
        self._cond._at_fork_reinit()

    def is_set(self):
        return self._flag

    def isSet(self):
        return self.is_set()

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


class Barrier:
    """Implements a Barrier.

    Useful for synchronizing a fixed number of threads at known synchronization
    points.  Threads block on 'wait()' and are simultaneously awoken once they
    have all made that call.

    """

    def __init__(self, parties, action=None, timeout=None):
        """Create a barrier, initialised to 'parties' threads.

        'action' is a callable which, when supplied, will be called by one of
        the threads after they have all entered the barrier and just prior to
        releasing them all. If a 'timeout' is provided, it is used as the
        default for all subsequent 'wait()' calls.

        """
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: broken>"
        return (f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}:"
                f" waiters={self.n_waiting}/{self.parties}>")

    def wait(self, timeout=None):
        """Wait for the barrier.

        When the specified number of threads have started waiting, they are all
        simultaneously awoken. If an 'action' was provided for the barrier, one
        of the threads will have executed that callback prior to returning.
        Returns an individual index number from 0 to 'parties-1'.

        """
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            self._enter() # Block while the barrier drains.
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    # We release the barrier
                    self._release()
                else:
                    # We wait until someone releases us
                    self._wait(timeout)
                return index
            finally:
                self._count -= 1
                # Wake up any threads waiting for barrier to drain.
                self._exit()

    # Block until the barrier is ready for us, or raise an exception
    # if it is broken.
    def _enter(self):
        while self._state in (-1, 1):
            # It is draining or resetting, wait until done
            self._cond.wait()
        #see if the barrier is in a broken state
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 0

    # Optionally run the 'action' and release the threads waiting
    # in the barrier.
    def _release(self):
        try:
            if self._action:
                self._action()
            # enter draining state
            self._state = 1
            self._cond.notify_all()
        except:
            #an exception during the _action handler.  Break and reraise
            self._break()
            raise

    # Wait in the barrier until we are released.  Raise an exception
    # if the barrier is reset or broken.
    def _wait(self, timeout):
        if not self._cond.wait_for(lambda : self._state != 0, timeout):
            #timed out.  Break the barrier
            self._break()
            raise BrokenBarrierError
        if self._state < 0:
            raise BrokenBarrierError
        assert self._state == 1

    # If we are the last thread to exit the barrier, signal any threads
    # waiting for the barrier to drain.
    def _exit(self):
        if self._count == 0:
            if self._state in (-1, 1):
                #resetting or draining
                self._state = 0
                self._cond.notify_all()

    def reset(self):
        """Reset the barrier to the initial state.

        Any threads currently waiting will get the BrokenBarrier exception
        raised.

        """
        with self._cond:
            if self._count > 0:
                if self._state == 0:
                    #reset the barrier, waking up threads
                    self._state = -1
                elif self._state == -2:
                    #was broken, set it to reset state
                    #which clears when the last thread exits
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    def abort(self):
        """Place the barrier into a 'broken' state.

        Useful in case of error.  Any currently waiting threads and threads
        attempting to 'wait()' will have BrokenBarrierError raised.

        """
        with self._cond:
            self._break()

    def _break(self):
        # An internal error was detected.  The barrier is set to
        # a broken state all parties awakened.
        self._state = -2
        self._cond.notify_all()

    @property
    def parties(self):
        """Return the number of threads required to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """Return the number of threads currently waiting at the barrier."""
        # We don't need synchronization here since this is an ephemeral result
        # anyway.  It returns the correct value in the steady state.
        if self._state == 0:
            return self._count
        return 0

    @property
    def broken(self):
        """Return True if the barrier is in a broken state."""
        return self._state == -2

# exception raised by the Barrier class
class BrokenBarrierError(RuntimeError):
    pass



class Thread(object):
    """A thread object. start() runs it at once, until it ends or blocks
    (see the module docstring): run() in _bootstrap_inner, as the new
    thread would."""

    _counter = 0

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name is None:
            Thread._counter += 1
            name = "Thread-%d" % Thread._counter
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = str(name)
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = bool(daemon)
        else:
            self._daemonic = current_thread().daemon if _running else False
        self._ident = None
        self._started = False
        self._is_stopped = False
        self._local_impls = []
        # The coroutine (a handle) while the thread runs; suspended in a wait,
        # and that wait's predicate, deadline (simulated ns) and description.
        self._co = None
        self._suspended = False
        self._wait_pred = None
        self._wait_deadline = None
        self._wait_what = None

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._bootstrap()

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        global _next_ident
        self._ident = _next_ident
        _next_ident += 1
        _active[self._ident] = self
        self._co = _thread_new(self._bootstrap_inner)
        _threads.append(self)
        _run(self)

    def _bootstrap_inner(self):
        # A new thread state has no context (contextvars); the thread's own
        # is released when the thread ends (PyThreadState_Clear).
        cv = _sys.modules.get('_contextvars')
        saved = cv._enter_new_thread() if cv is not None else None
        try:
            try:
                self.run()
            except:
                self._invoke_excepthook()
        finally:
            if cv is not None:
                cv._leave_thread(saved)
            self._delete()

    def _invoke_excepthook(self):
        import sys as _sys
        args = ExceptHookArgs(*_sys.exc_info(), self)
        try:
            hook = excepthook
            if hook is None:
                hook = __excepthook__
            hook(args)
        finally:
            args = None

    def _delete(self):
        # The thread state goes: its threading.local dicts with it (each
        # local shows the dict of the thread that goes on running).
        locals_ = self._local_impls
        self._local_impls = []
        starter = _running[-2]._ident if len(_running) > 1 else _MAIN_IDENT
        for loc in locals_:
            impl = object.__getattribute__(loc, '_local__impl')
            d = impl.pop(self._ident, None)
            nxt = impl.get(starter)
            object.__setattr__(loc, '__dict__', nxt if nxt is not None else {})
            del d
        del locals_
        self._is_stopped = True
        del _active[self._ident]
        _threads.remove(self)

    def _is_done(self):
        return self._is_stopped

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            _wait(self._is_done, None, "Thread.join()")
        else:
            _wait(self._is_done, max(timeout, 0), "Thread.join()")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT

    def join(self, timeout=None):
        raise RuntimeError("cannot join current thread")


class Timer(Thread):
    """Call a function after a number of seconds: started, it waits on the
    simulated clock, then calls it unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_main_thread = _MainThread()
_next_ident = _MAIN_IDENT + 1
# The threads running now on the host stack, innermost last (a thread runs
# inside the start() or the wait that resumed it); _threads: the started
# threads that have not ended, in the order they started; _active by ident,
# the main one too.
_running = []
_threads = []
_active = {_MAIN_IDENT: _main_thread}


def _all_done():
    for t in _threads:
        if not t._daemonic:
            return False
    return True


# Functions _register_atexit() was given, called by _shutdown() (newest
# first) before it waits for the non-daemon threads, as CPython 3.11's
# Lib/threading.py does; _SHUTTING_DOWN refuses registrations after that.
_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Register func(*arg, **kwargs) to run at interpreter shutdown, before
    the non-daemon threads are joined (concurrent.futures' workers)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    call = lambda: func(*arg, **kwargs)
    _threading_atexits.append(call)


def _shutdown():
    """Run the _register_atexit functions, then wait for the non-daemon
    threads to end (Py_FinalizeEx calls this before the atexit functions
    run)."""
    global _SHUTTING_DOWN
    if _running:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    _wait(_all_done, None, "waiting for the non-daemon threads at exit")


def current_thread():
    return _running[-1] if _running else _main_thread


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class local(object):
    """Thread-local data: one __dict__ per thread (made, and __init__ run
    again with the constructor's arguments, the first time a thread touches
    the object; dropped when the thread ends), swapped in before each
    attribute access as Lib/_threading_local.py does."""

    __slots__ = ('_local__impl', '_local__args', '__dict__', '__weakref__')

    def __new__(cls, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        object.__setattr__(self, '_local__args', (args, kw))
        object.__setattr__(self, '_local__impl', {get_ident(): object.__getattribute__(self, '__dict__')})
        if _running:
            _running[-1]._local_impls.append(self)
        return self

    def __getattribute__(self, name):
        _local_patch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_patch(self)
        return object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        _local_patch(self)
        return object.__delattr__(self, name)


def _local_patch(self):
    impl = object.__getattribute__(self, '_local__impl')
    ident = get_ident()
    d = impl.get(ident)
    if d is None:
        d = impl[ident] = {}
        current_thread()._local_impls.append(self)
        object.__setattr__(self, '__dict__', d)
        args, kw = object.__getattribute__(self, '_local__args')
        cls = type(self)
        if cls.__init__ is not object.__init__:
            cls.__init__(self, *args, **kw)
    else:
        object.__setattr__(self, '__dict__', d)


_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    if size != 0:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


class ExceptHookArgs(object):
    """The argument of threading.excepthook (_thread._ExceptHookArgs)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args, /):
    """Handle an exception that left a thread's run() (_thread._excepthook):
    SystemExit silently, anything else as "Exception in thread NAME:" and
    its traceback on sys.stderr."""
    if args.exc_type == SystemExit:
        return
    import sys as _sys
    stderr = _sys.stderr
    if stderr is None:
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    import traceback as _traceback
    _traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=stderr)
    stderr.flush()


__excepthook__ = excepthook
