"""The default event loop for gclab (CPython 3.11's Lib/asyncio/unix_events.py
names): _UnixSelectorEventLoop is selector_events.BaseSelectorEventLoop, as
in CPython, over gclab's simulated epoll and socketpair (select.py,
_socket.py), so a loop owns what CPython's owns (a selector, the self-pipe
sockets, a _transports WeakValueDictionary, a _signal_handlers dict) and
allocates as it does on every turn.

Nothing waits: when the loop has no ready callback, the selector's poll
with a timeout moves the simulated clock (time.monotonic(), time.sleep's)
forward by the timeout, rounded up to whole milliseconds as epoll_wait's
is, so `await asyncio.sleep(1)` returns at once with the clock one second
later, and the order in which callbacks and tasks run is the one CPython's
loop gives. A loop with nothing ready and no timer would wait forever in
CPython (a deadlock); here that is a RuntimeError. The network, pipes,
subprocesses and signal handlers are refused (NotImplementedError).
"""

import sys
import warnings

from . import base_events
from . import events
from . import selector_events


__all__ = (
    'SelectorEventLoop',
    'AbstractChildWatcher',
    'DefaultEventLoopPolicy',
)


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


# The network, pipes and subprocesses (sock_recv, sock_sendall and the
# readers and writers stay: they work on socket.socketpair()'s sockets).
_REFUSED_ASYNC = (
    'getaddrinfo', 'getnameinfo', 'create_connection', 'create_server',
    'sendfile', 'start_tls', 'create_unix_connection', 'create_unix_server',
    'connect_accepted_socket', 'create_datagram_endpoint',
    'connect_read_pipe', 'connect_write_pipe', 'subprocess_shell',
    'subprocess_exec', 'sock_connect', 'sock_accept', 'sock_sendfile',
)
_REFUSED_SYNC = (
    'add_signal_handler', 'remove_signal_handler',
)


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """Unix event loop.

    Adds signal handling and UNIX Domain Socket support to SelectorEventLoop.
    """

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        if not sys.is_finalizing():
            for sig in list(self._signal_handlers):
                self.remove_signal_handler(sig)
        else:
            if self._signal_handlers:
                warnings.warn(f"Closing the loop {self!r} "
                              f"on interpreter shutdown "
                              f"stage, skipping signal handlers removal",
                              ResourceWarning,
                              source=self)
                self._signal_handlers.clear()

    def _process_self_data(self, data):
        for signum in data:
            if not signum:
                # ignore null bytes written by _write_to_self()
                continue
            self._handle_signal(signum)


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
