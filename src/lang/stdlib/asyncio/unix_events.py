"""The default event loop for gclab (CPython 3.11's Lib/asyncio/unix_events.py
names): _UnixSelectorEventLoop is BaseEventLoop over a simulated selector.

Nothing waits: when the loop has no ready callback, select(timeout) moves
the simulated clock (time.monotonic(), time.sleep's) forward to the first
timer's deadline, so `await asyncio.sleep(1)` returns at once with the clock
one second later, and the order in which callbacks and tasks run is the one
CPython's loop gives. A loop with nothing ready and no timer would wait
forever in CPython (a deadlock); here that is a RuntimeError. Sockets,
pipes, subprocesses and signal handlers are refused (NotImplementedError).
"""

import time

from . import base_events
from . import events


__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher',
    'DefaultEventLoopPolicy',
)


_NS = 1000000000


class _SimulatedSelector:
    """selectors.DefaultSelector's select() on the simulated clock."""

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError(
                "gclab: the event loop would wait forever: no callback is "
                "ready, no timer is scheduled and there is no I/O to wait for")
        if timeout > 0:
            # Up to the deadline (rounded up to whole nanoseconds).
            ns = -int(-timeout * _NS // 1)
            time._advance_to(time.monotonic_ns() + ns)
        return []

    def close(self):
        pass


def _refused(name, is_async):
    message = ("gclab: asyncio's loop.%s() is not supported "
               "(no sockets, pipes, subprocesses or signals)" % name)
    if is_async:
        async def method(self, *args, **kwargs):
            raise NotImplementedError(message)
    else:
        def method(self, *args, **kwargs):
            raise NotImplementedError(message)
    method.__name__ = name
    return method


_REFUSED_ASYNC = (
    'getaddrinfo', 'getnameinfo', 'create_connection', 'create_server',
    'sendfile', 'start_tls', 'create_unix_connection', 'create_unix_server',
    'connect_accepted_socket', 'create_datagram_endpoint',
    'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell',
    'subprocess_exec', 'sock_recv', 'sock_recv_into', 'sock_recvfrom',
    'sock_recvfrom_into', 'sock_sendall', 'sock_sendto', 'sock_connect',
    'sock_accept', 'sock_sendfile',
)
_REFUSED_SYNC = (
    'add_reader', 'remove_reader', 'add_writer', 'remove_writer',
    'add_signal_handler', 'remove_signal_handler',
)


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """Unix event loop (here: on the simulated selector)."""

    def __init__(self, selector=None):
        super().__init__()
        self._selector = _SimulatedSelector()

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass

    def close(self):
        super().close()
        if self._selector is not None:
            self._selector.close()
            self._selector = None


for _name in _REFUSED_ASYNC:
    setattr(_UnixSelectorEventLoop, _name, _refused(_name, True))
for _name in _REFUSED_SYNC:
    setattr(_UnixSelectorEventLoop, _name, _refused(_name, False))
del _name


class AbstractChildWatcher:
    """Child processes are not supported by gclab."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """UNIX event loop policy."""
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
