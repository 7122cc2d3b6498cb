"""threading for gclab: one thread at a time.

gclab simulates a single thread of execution. Thread.start() runs the
thread there and then: the new thread's _bootstrap_inner runs its run()
to the end before start() returns, which is what CPython does with a
thread whose target finishes within the GIL's switch interval (5 ms) --
the programs whose output python3 prints the same on every run join
their threads before they print what the threads did. Inside the thread
current_thread(), get_ident() and threading.local answer for it; an
exception leaving run() goes to threading.excepthook ("Exception in
thread NAME:" and the traceback on stderr), SystemExit silently.
Locks, conditions, events and semaphores work with one thread's
semantics (a lock that is free is taken at once; a blocking wait that
nothing could ever end raises RuntimeError instead of hanging).
"""

import sys as _sys
import time as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX', 'Event', 'Lock', 'RLock',
           'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier',
           'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs',
           'setprofile', 'settrace', 'local', 'stack_size', 'excepthook',
           'get_native_id', 'getprofile', 'gettrace']

TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = 1


class ThreadError(RuntimeError):
    pass


class BrokenBarrierError(RuntimeError):
    pass


def _would_block_forever(what):
    return RuntimeError("gclab: %s would block forever (gclab runs a single thread)" % what)


def get_ident():
    return _running[-1]._ident if _running else _MAIN_IDENT


def get_native_id():
    return get_ident()


class _LockType(object):
    """A lock with one thread: acquire() takes a free lock; waiting for a
    held one could never end."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if timeout is not None and timeout >= 0:
            _time.sleep(timeout)
            return False
        raise _would_block_forever("acquiring a held lock")

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

    def __repr__(self):
        return "<%s _thread.lock object>" % ("locked" if self._locked else "unlocked")


def Lock():
    return _LockType()


allocate_lock = Lock


class _RLock(object):
    """A reentrant lock: the one thread may take it again and again."""

    def __init__(self):
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1

    def _is_owned(self):
        return self._count > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()
        return None

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d>" % (
            "locked" if self._count else "unlocked",
            _MAIN_IDENT if self._count else 0, self._count)


def RLock(*args, **kwargs):
    return _RLock()


class Condition(object):
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def wait(self, timeout=None):
        if timeout is None:
            raise _would_block_forever("Condition.wait() without a timeout")
        _time.sleep(timeout)
        return False

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _would_block_forever("Condition.wait_for() without a timeout")
        _time.sleep(timeout)
        return predicate()

    def notify(self, n=1):
        pass

    def notify_all(self):
        pass

    notifyAll = notify_all


class Semaphore(object):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        if timeout is not None:
            _time.sleep(timeout)
            return False
        raise _would_block_forever("acquiring an exhausted semaphore")

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n


class Event(object):
    def __init__(self):
        self._flag = False

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _would_block_forever("Event.wait() on an unset event")
        _time.sleep(timeout)
        return False


class Barrier(object):
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._parties = parties
        self._action = action
        self._timeout = timeout

    def wait(self, timeout=None):
        if self._parties == 1:
            if self._action:
                self._action()
            return 0
        raise _would_block_forever("Barrier.wait() with more than one party")

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return 0

    @property
    def broken(self):
        return False


class Thread(object):
    """A thread object. start() runs it at once, to the end (see the module
    docstring): run() in _bootstrap_inner, as the new thread would."""

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
        _running.append(self)
        _active[self._ident] = self
        self._bootstrap_inner()

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
        _running.pop()

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

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
# The threads running now, innermost last (a thread started by a thread
# runs inside its starter's start()); _active by ident, the main one too.
_running = []
_active = {_MAIN_IDENT: _main_thread}


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
