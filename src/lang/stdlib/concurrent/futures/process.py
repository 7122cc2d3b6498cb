"""concurrent.futures.process for gclab: gclab simulates one interpreter in
one process, so there are no worker processes to run calls in. The class
exists (concurrent.futures names it) and constructing it raises
NotImplementedError; ThreadPoolExecutor runs calls on gclab's threads."""

from concurrent.futures import _base

__all__ = ['ProcessPoolExecutor', 'BrokenProcessPool']


class BrokenProcessPool(_base.BrokenExecutor):
    """
    Raised when a process in a ProcessPoolExecutor terminated abruptly
    while a future was in the running state.
    """


class ProcessPoolExecutor(_base.Executor):
    """Not available in gclab (one process): ProcessPoolExecutor() raises
    NotImplementedError."""

    def __init__(self, max_workers=None, mp_context=None,
                 initializer=None, initargs=(), *, max_tasks_per_child=None):
        raise NotImplementedError(
            "gclab: ProcessPoolExecutor is not supported (gclab runs one "
            "process); use ThreadPoolExecutor")
