"""test.support.threading_helper for gclab.

gclab simulates one thread: no thread can be started, so the tests that
need threads are skipped ("requires threading support"), as CPython skips
them on a build without threads.
"""

import sys
import unittest


def _can_start_thread():
    try:
        import _gclab
    except ImportError:
        _gclab = None
    if _gclab is not None:
        return False
    if getattr(sys, 'platform', 'linux') in ("emscripten", "wasi"):
        return False
    try:
        import threading
        thread = threading.Thread(target=lambda: None)
        thread.start()
        thread.join()
    except (ImportError, RuntimeError):
        return False
    return True


can_start_thread = _can_start_thread()

_SKIP_REASON = "requires threading support"
if not can_start_thread:
    _SKIP_REASON = "requires threading support (gclab simulates a single thread)"


def requires_working_threading(*, module=False):
    """Skip tests or modules that require working threading."""
    if module:
        if not can_start_thread:
            raise unittest.SkipTest(_SKIP_REASON)
        return None
    return unittest.skipUnless(can_start_thread, _SKIP_REASON)


def threading_setup():
    return (1, ())


def threading_cleanup(*original_values):
    pass


def reap_threads(func):
    """Use this function when threads are being used: with no threads it
    returns func unchanged."""
    return func


def join_thread(thread, timeout=None):
    thread.join(timeout)
    if thread.is_alive():
        raise AssertionError("failed to join the thread in %.1f seconds" % (timeout or 0.0))


class start_threads(object):
    """with start_threads(threads, unlock): start the threads, join them at
    the end. Needs real threads: without them, entering the block skips the
    test."""

    def __init__(self, threads, unlock=None):
        self.threads = list(threads)
        self.unlock = unlock

    def __enter__(self):
        if not can_start_thread:
            raise unittest.SkipTest(_SKIP_REASON)
        self.started = []
        for t in self.threads:
            t.start()
            self.started.append(t)
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.unlock:
            self.unlock()
        for t in self.started:
            t.join()
        return False


class wait_threads_exit(object):
    def __init__(self, timeout=None):
        self.timeout = timeout

    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False


class catch_threading_exception(object):
    """Catch an exception raised in a thread (there are none on gclab)."""

    def __init__(self):
        self.exc_type = None
        self.exc_value = None
        self.exc_traceback = None
        self.thread = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        return False
