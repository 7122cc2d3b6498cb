"""The asyncio package, tracking PEP 3156.

gclab: CPython 3.11's Lib/asyncio with a deterministic event loop on the
simulated clock (unix_events.py); streams, subprocesses, transports and
protocols are not provided (open_connection, start_server and
create_subprocess_* raise NotImplementedError).
"""

# flake8: noqa

import sys

# This relies on each of the submodules having an __all__ variable.
from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .runners import *
from .queues import *
from .tasks import *
from .taskgroups import *
from .timeouts import *
from .threads import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           runners.__all__ +
           queues.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__)

from .unix_events import *  # pragma: no cover
__all__ += unix_events.__all__


def _refused(name):
    async def refused(*args, **kwargs):
        raise NotImplementedError(
            "gclab: asyncio.%s() is not supported "
            "(no sockets, pipes or subprocesses)" % name)
    refused.__name__ = name
    return refused


open_connection = _refused('open_connection')
start_server = _refused('start_server')
open_unix_connection = _refused('open_unix_connection')
start_unix_server = _refused('start_unix_server')
create_subprocess_exec = _refused('create_subprocess_exec')
create_subprocess_shell = _refused('create_subprocess_shell')
del _refused
