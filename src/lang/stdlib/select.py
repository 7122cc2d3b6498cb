"""select for gclab: Modules/selectmodule.c over the simulated descriptors.

Readiness is computed, never waited for: a socket (see _socket.py) is
readable when something was sent to it, or its peer closed or shut down
its sending side; it is always writable. When nothing registered is
ready, poll(timeout)/select(..., timeout) move the simulated clock (the
`time` module's) forward by the timeout, rounded up to whole
milliseconds as epoll_wait's is, and return nothing: the wait CPython
would sleep through has passed. A wait without timeout with nothing
ready would never end in CPython either: here it is a RuntimeError
(gclab: a deadlock). While other threads exist (threading.py), a wait
runs them as threading's own waits do, until one makes a descriptor ready
or the timeout passes. An epoll object is no GC object (as in CPython); it
reports ready descriptors in the order they were registered.
"""

import sys as _sys
import time as _time
import _socket
import _gclab

error = OSError

EPOLLIN = 1
EPOLLPRI = 2
EPOLLOUT = 4
EPOLLERR = 8
EPOLLHUP = 16
EPOLLRDNORM = 64
EPOLLRDBAND = 128
EPOLLWRNORM = 256
EPOLLWRBAND = 512
EPOLLMSG = 1024
EPOLLRDHUP = 8192
EPOLLEXCLUSIVE = 268435456
EPOLLONESHOT = 1073741824
EPOLLET = 2147483648
EPOLL_CLOEXEC = 524288
POLLIN = 1
POLLPRI = 2
POLLOUT = 4
POLLERR = 8
POLLHUP = 16
POLLNVAL = 32
POLLRDNORM = 64
POLLRDBAND = 128
POLLWRNORM = 256
POLLWRBAND = 512
POLLMSG = 1024
POLLRDHUP = 8192
PIPE_BUF = 4096

_NS = 1000000000
_MS = 1000000
# Every epoll's interest list, in registration order: (epfd << 32 | fd) ->
# event mask, kept with the descriptor tables (the kernel's), so an epoll is
# no container and allocates nothing a collection counts.
_registrations = _socket._epoll_interest


def _fileno(obj):
    if isinstance(obj, int):
        fd = obj
    else:
        try:
            fileno = obj.fileno
        except AttributeError:
            raise TypeError("argument must be an int, or have a fileno() method.") from None
        fd = fileno()
        if not isinstance(fd, int):
            raise TypeError("fileno() returned a non-integer")
    if fd < 0:
        raise ValueError("file descriptor cannot be a negative integer (%d)" % fd)
    return fd


def _ready_events(fd, mask):
    """The events of mask that fd has now (EPOLLHUP/ERR are always reported)."""
    if _socket._fd_table.get(fd) != 'socket':
        return 0
    events = 0
    if mask & (EPOLLIN | EPOLLRDNORM) and _socket._readable(fd):
        events |= mask & (EPOLLIN | EPOLLRDNORM)
    if mask & (EPOLLOUT | EPOLLWRNORM) and _socket._writable(fd):
        events |= mask & (EPOLLOUT | EPOLLWRNORM)
    return events


def _wait(timeout_ns, what):
    """Nothing is ready: let timeout_ns of simulated time pass (None: forever)."""
    if timeout_ns is None:
        raise RuntimeError(
            "gclab: %s would wait forever: nothing it waits for is ready, no "
            "timeout was given and nothing else can run while it waits" % what)
    if timeout_ns > 0:
        _time._advance_to(_time.monotonic_ns() + timeout_ns)


def _other_threads():
    """The threading module while other threads exist (they may make a
    descriptor ready, as asyncio's call_soon_threadsafe writes to the
    loop's self-pipe), else None."""
    threading = _sys.modules.get('threading')
    if threading is None or not threading._threads:
        return None
    return threading


def _wait_for_thread(threading, ready, timeout_ns, what):
    """Nothing is ready: block as threading's waits do, running the other
    threads, until ready() (True) or timeout_ns of simulated time passed
    (False; None: no limit, a deadlock is threading's RuntimeError)."""
    if timeout_ns is not None and timeout_ns <= 0:
        return False
    deadline = None if timeout_ns is None else _time.monotonic_ns() + timeout_ns
    return threading._wait_until(ready, deadline, what)


def _timeout_ms_ns(timeout, what):
    # epoll_wait and poll take milliseconds: _PyTime_ROUND_CEILING.
    if timeout is None:
        return None
    if not isinstance(timeout, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(timeout).__name__)
    if timeout < 0:
        return None
    ns = -int(-timeout * _NS // 1)
    return -(-ns // _MS) * _MS


class epoll:
    """select.epoll(sizehint=-1, flags=0)

    Returns an epolling object.

    sizehint must be a positive integer or -1 for the default size. The
    sizehint is used to optimize internal data structures. It doesn't limit
    the maximum number of monitored events."""

    __slots__ = ('_epfd',)

    def __init__(self, sizehint=-1, flags=0):
        if sizehint == -1:
            sizehint = 0
        elif sizehint <= 0:
            raise ValueError("negative sizehint")
        self._epfd = _socket._fd_alloc('epoll')

    def __repr__(self):
        return '<select.epoll object at 0x%x>' % id(self)

    def _check(self):
        if self._epfd < 0:
            raise ValueError("I/O operation on closed epoll object")

    @property
    def closed(self):
        """True if the epoll handler is closed"""
        return self._epfd < 0

    def close(self):
        epfd = self._epfd
        if epfd >= 0:
            self._epfd = -1
            _socket._fd_free(epfd)

    def fileno(self):
        self._check()
        return self._epfd

    @classmethod
    def fromfd(cls, fd):
        raise NotImplementedError("gclab: epoll.fromfd is not supported")

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        fd = _fileno(fd)
        key = self._epfd << 32 | fd
        if fd not in _socket._fd_table:
            raise OSError(9, 'Bad file descriptor')
        if key in _registrations:
            raise FileExistsError(17, 'File exists')
        _registrations[key] = eventmask

    def modify(self, fd, eventmask):
        self._check()
        key = self._epfd << 32 | _fileno(fd)
        if key not in _registrations:
            raise FileNotFoundError(2, 'No such file or directory')
        _registrations[key] = eventmask

    def unregister(self, fd):
        self._check()
        key = self._epfd << 32 | _fileno(fd)
        if key not in _registrations:
            raise FileNotFoundError(2, 'No such file or directory')
        del _registrations[key]

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        timeout_ns = _timeout_ms_ns(timeout, 'poll')
        if maxevents == -1:
            maxevents = 1 << 30
        elif maxevents <= 0:
            raise ValueError("maxevents must be greater than 0, got %d" % maxevents)
        ready = self._ready(maxevents)
        if not ready:
            threading = _other_threads()
            if threading is None:
                _wait(timeout_ns, 'epoll.poll()')
            elif _wait_for_thread(threading, lambda: self._ready(maxevents),
                                  timeout_ns, 'epoll.poll()'):
                ready = self._ready(maxevents)
        return ready

    def _ready(self, maxevents):
        # (fd, events) of the registered descriptors ready now, in
        # registration order, at most maxevents of them.
        ready = []
        epfd = self._epfd
        for key, mask in _registrations.items():
            if key >> 32 != epfd:
                continue
            fd = key & 0xffffffff
            events = _ready_events(fd, mask)
            if events:
                ready.append((fd, events))
                if len(ready) == maxevents:
                    break
        return ready

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *args):
        self.close()


def select(rlist, wlist, xlist, timeout=None):
    """Wait until one or more file descriptors are ready for some kind of I/O."""
    if timeout is None:
        timeout_ns = None
    else:
        if not isinstance(timeout, (int, float)):
            raise TypeError("timeout must be a float or None")
        if timeout < 0:
            raise ValueError("timeout must be non-negative")
        # select() takes microseconds (_PyTime_ROUND_TIMEOUT: up).
        ns = -int(-timeout * _NS // 1)
        timeout_ns = -(-ns // 1000) * 1000
    rlist = list(rlist)
    wlist = list(wlist)
    xlist = list(xlist)
    for obj in rlist + wlist + xlist:
        if _fileno(obj) not in _socket._fd_table:
            raise OSError(9, 'Bad file descriptor')
    r = [obj for obj in rlist if _ready_events(_fileno(obj), EPOLLIN)]
    w = [obj for obj in wlist if _ready_events(_fileno(obj), EPOLLOUT)]
    if not r and not w:
        threading = _other_threads()
        if threading is None:
            _wait(timeout_ns, 'select()')
        else:
            def any_ready():
                return (any(_ready_events(_fileno(obj), EPOLLIN) for obj in rlist)
                        or any(_ready_events(_fileno(obj), EPOLLOUT) for obj in wlist))
            if _wait_for_thread(threading, any_ready, timeout_ns, 'select()'):
                r = [obj for obj in rlist if _ready_events(_fileno(obj), EPOLLIN)]
                w = [obj for obj in wlist if _ready_events(_fileno(obj), EPOLLOUT)]
    return r, w, []


_gclab.without_gc(epoll)
