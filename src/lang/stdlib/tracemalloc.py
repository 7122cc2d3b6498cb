"""tracemalloc for gclab: the switch, not the measurements.

gclab's heap simulates CPython's objects, not its memory allocator: it
knows no block sizes for most objects and no allocation tracebacks, so it
cannot say what CPython's tracemalloc would count. The rule: what does not
depend on measurements works as in CPython -- start(nframe) (with its
argument checks), stop(), is_tracing(), get_traceback_limit(),
clear_traces(), reset_peak(), and the values CPython gives while not
tracing: get_traced_memory() is (0, 0), get_object_traceback() None and
take_snapshot() raises RuntimeError. While tracing, the functions that
would report measurements (get_traced_memory, get_tracemalloc_memory,
take_snapshot, get_object_traceback) raise NotImplementedError rather than
print numbers python3 would not print.
"""

__all__ = ['start', 'stop', 'is_tracing', 'get_traceback_limit', 'clear_traces',
           'reset_peak', 'get_traced_memory', 'get_tracemalloc_memory',
           'take_snapshot', 'get_object_traceback']

_tracing = False
_limit = 1


def _refuse(name):
    raise NotImplementedError('gclab: tracemalloc.%s() is not supported: gclab does not '
                              'simulate memory blocks' % name)


def start(*args):
    """Start tracing Python memory allocations.

Also set the maximum number of frames stored in the traceback of a
trace to nframe."""
    global _tracing, _limit
    if len(args) > 1:
        raise TypeError('start expected at most 1 argument, got %d' % len(args))
    nframe = args[0] if args else 1
    if isinstance(nframe, float) or not hasattr(type(nframe), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(nframe).__name__)
    nframe = type(nframe).__index__(nframe)
    if not 1 <= nframe <= 65535:
        raise ValueError('the number of frames must be in range [1; 65535]')
    if _tracing:
        return      # tracemalloc_start: already tracing, nothing changes
    _limit = nframe
    _tracing = True


def stop():
    """Stop tracing Python memory allocations.

Also clear traces of memory blocks allocated by Python."""
    global _tracing
    _tracing = False


def is_tracing():
    """Return True if the tracemalloc module is tracing Python memory allocations."""
    return _tracing


def get_traceback_limit():
    """Get the maximum number of frames stored in the traceback of a trace.

By default, a trace of an allocated memory block only stores
the most recent frame: the limit is 1."""
    return _limit


def clear_traces():
    """Clear traces of memory blocks allocated by Python."""


def reset_peak():
    """Set the peak size of memory blocks traced by tracemalloc to the current size.

Do nothing if the tracemalloc module is not tracing memory allocations."""


def get_traced_memory():
    """Get the current size and peak size of memory blocks traced by tracemalloc.

Returns a tuple: (current: int, peak: int)."""
    if not _tracing:
        return (0, 0)
    _refuse('get_traced_memory')


def get_tracemalloc_memory():
    """Get the memory usage in bytes of the tracemalloc module.

This memory is used internally to trace memory allocations."""
    _refuse('get_tracemalloc_memory')


def get_object_traceback(obj):
    """Get the traceback where the Python object *obj* was allocated."""
    if not _tracing:
        return None
    _refuse('get_object_traceback')


def take_snapshot():
    """Take a snapshot of traces of memory blocks allocated by Python."""
    if not _tracing:
        raise RuntimeError('the tracemalloc module must be tracing memory allocations to take a snapshot')
    _refuse('take_snapshot')
