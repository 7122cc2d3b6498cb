"""time for gclab: a simulated clock.

gclab never reads the host's clock (every run must print the same thing),
so this module keeps one simulated clock. It starts at 0.0 and moves only
when the program sleeps: time.sleep(s) returns at once and advances every
clock by s seconds. time(), monotonic() and perf_counter() all read it
(process_time() and thread_time() read 0.0: sleeping uses no CPU time).
The calendar functions (localtime, strftime, ...) are not provided.
"""

_now_ns = 0

_NS = 1000000000


def _seconds_to_ns(secs, name):
    if isinstance(secs, bool) or not isinstance(secs, (int, float)):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__)
    if secs != secs:
        raise ValueError("Invalid value NaN (not a number)")
    return int(secs * _NS)


def sleep(secs):
    """sleep(seconds): advance the simulated clock by seconds."""
    global _now_ns
    ns = _seconds_to_ns(secs, 'sleep')
    if ns < 0:
        raise ValueError("sleep length must be non-negative")
    _now_ns += ns


def time():
    """Seconds on the simulated clock (it starts at 0.0)."""
    return _now_ns / _NS


def time_ns():
    return _now_ns


def monotonic():
    return _now_ns / _NS


def monotonic_ns():
    return _now_ns


def perf_counter():
    return _now_ns / _NS


def perf_counter_ns():
    return _now_ns


def process_time():
    return 0.0


def process_time_ns():
    return 0


def thread_time():
    return 0.0


def thread_time_ns():
    return 0
