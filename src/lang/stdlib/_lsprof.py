"""_lsprof for gclab: Modules/_lsprof.c, the profiler cProfile subclasses.

Profiler keeps one entry per profiled function (a code object, or a
builtin function keyed by its name and owner, as C keys a builtin by its
PyMethodDef) and, per entry, one subentry per function it called;
enable() installs the profile hook (sys.setprofile, reporting C calls as
'c_call'/'c_return' when `builtins` is true), disable() removes it and
stops the calls still open (flush_unmatched), getstats() lists
profiler_entry structseqs whose `calls` are profiler_subentry lists (None
when the function called nothing), times in seconds. An entry keeps its
code object, or a builtin's text made when the entry is made
(normalizeUserObj: "<built-in method builtins.len>", "<method 'append' of
'list' objects>"), never the bound method itself.

Times come from gclab's simulated clock (time.perf_counter_ns: it moves
only when the program sleeps), so they are deterministic and usually 0;
a `timer` argument is called as C calls it (an int scaled by `timeunit`
when timeunit > 0, else seconds).
"""

import sys as _sys
from time import perf_counter_ns as _perf_counter_ns


# A structseq type's tp_name and field names (kept out of its namespace).
_STRUCTSEQ = {}


class _structseq(tuple):
    """A structseq type (Objects/structseq.c): a tuple with named fields."""

    __slots__ = ()

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        tp_name, fields = _STRUCTSEQ[cls]
        if len(seq) != len(fields):
            raise TypeError("%s() takes a %d-sequence (%d-sequence given)"
                            % (tp_name, len(fields), len(seq)))
        return tuple.__new__(cls, seq)

    def __repr__(self):
        tp_name, fields = _STRUCTSEQ[type(self)]
        return '%s(%s)' % (tp_name, ', '.join(
            '%s=%r' % (name, value) for name, value in zip(fields, self)))

    def __reduce__(self):
        return (type(self), (tuple(self), {}))


class profiler_entry(_structseq):
    __slots__ = ()
    n_sequence_fields = 6
    n_fields = 6
    n_unnamed_fields = 0
    code = property(lambda self: self[0], doc='code object or built-in function name')
    callcount = property(lambda self: self[1], doc='how many times this was called')
    reccallcount = property(lambda self: self[2], doc='how many times called recursively')
    totaltime = property(lambda self: self[3], doc='total time in this entry')
    inlinetime = property(lambda self: self[4], doc='inline time in this entry (not in subcalls)')
    calls = property(lambda self: self[5], doc='details of the calls')


class profiler_subentry(_structseq):
    __slots__ = ()
    n_sequence_fields = 5
    n_fields = 5
    n_unnamed_fields = 0
    code = property(lambda self: self[0], doc='called code object or built-in function name')
    callcount = property(lambda self: self[1], doc='how many times this is called')
    reccallcount = property(lambda self: self[2], doc='how many times this is called recursively')
    totaltime = property(lambda self: self[3], doc='total time spent in this call')
    inlinetime = property(lambda self: self[4], doc='inline time (not in further subcalls)')


_STRUCTSEQ[profiler_entry] = ('_lsprof.profiler_entry', ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime', 'calls'))
_STRUCTSEQ[profiler_subentry] = ('_lsprof.profiler_subentry', ('code', 'callcount', 'reccallcount', 'totaltime', 'inlinetime'))


class _Entry:
    """ProfilerEntry / ProfilerSubEntry: counts and times of one function
    (userobj: its code object or a builtin's text), or of one caller ->
    callee pair (userobj: the callee's entry)."""

    __slots__ = ('userobj', 'tt', 'it', 'callcount', 'recursivecallcount',
                 'recursionlevel', 'calls')

    def __init__(self, userobj):
        self.userobj = userobj
        self.tt = 0
        self.it = 0
        self.callcount = 0
        self.recursivecallcount = 0
        self.recursionlevel = 0
        self.calls = None


class _Context:
    """ProfilerContext: one call in progress."""

    __slots__ = ('t0', 'subt', 'previous', 'entry', 'subentry')

    def __init__(self, t0, previous, entry, subentry):
        self.t0 = t0
        self.subt = 0
        self.previous = previous
        self.entry = entry
        self.subentry = subentry


_BuiltinFunctionType = type(len)
_ModuleType = type(_sys)


def _builtin_key(fn):
    """What C keys a builtin's entry by (its PyMethodDef): one entry for
    every bound method of one builtin method."""
    owner = getattr(fn, '__self__', None)
    if owner is None or isinstance(owner, _ModuleType):
        return ('builtin', getattr(fn, '__module__', None), fn.__name__)
    return ('method', type(owner), fn.__name__)


class _Label(str):
    """A builtin's text as an entry keeps it. gclab's str values have no
    identity of their own (every str has one id()), while cProfile's
    snapshot_stats pairs a subentry with its callee's entry by
    id(entry.code): the text is an object of its own here, an instance of
    this str subclass that shows itself as a str."""

    __slots__ = ()


_Label.__name__ = _Label.__qualname__ = 'str'
_Label.__module__ = 'builtins'


def _normalize(obj):
    """normalizeUserObj: a builtin function as the text cProfile shows."""
    if not isinstance(obj, _BuiltinFunctionType):
        return obj
    name = obj.__name__
    owner = getattr(obj, '__self__', None)
    modname = getattr(obj, '__module__', None)
    if owner is None:
        if isinstance(modname, str) and modname != 'builtins':
            return _Label('<%s.%s>' % (modname, name))
        return _Label('<%s>' % name)
    for klass in type(owner).__mro__:
        if name in klass.__dict__:
            return _Label(repr(klass.__dict__[name]))
    if isinstance(modname, str):
        return _Label('<built-in method %s.%s>' % (modname, name))
    return _Label('<built-in method %s>' % name)


class Profiler(object):
    """Build a profiler object using the specified timer function.

    The default timer is a fast built-in one based on real time.
    For custom timer functions returning integers, 'timeunit' can
    be a float specifying a scale (that is, how long each integer unit
    is, in seconds).
    """

    __slots__ = ('_timer', '_timeunit', '_subcalls', '_builtins', '_entries',
                 '_context', '_enabled', '__weakref__')

    def __init__(self, timer=None, timeunit=0.0, subcalls=True, builtins=True):
        self._timer = timer
        self._timeunit = float(timeunit)
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        self._entries = {}
        self._context = None
        self._enabled = False

    def _now(self):
        if self._timer is None:
            return _perf_counter_ns()
        value = self._timer()
        if self._timeunit > 0.0:
            return int(value)
        return int(value * 1e9 // 1)

    def _enter(self, key, userobj):
        entry = self._entries.get(key)
        if entry is None:
            # newProfilerEntry keeps the normalized object: a builtin's text.
            entry = self._entries[key] = _Entry(_normalize(userobj))
        previous = self._context
        subentry = None
        if self._subcalls and previous is not None:
            caller = previous.entry
            if caller.calls is None:
                caller.calls = {}
            subentry = caller.calls.get(key)
            if subentry is None:
                subentry = caller.calls[key] = _Entry(entry)
            subentry.recursionlevel += 1
        entry.recursionlevel += 1
        self._context = _Context(self._now(), previous, entry, subentry)

    def _stop(self, context):
        tt = self._now() - context.t0
        it = tt - context.subt
        if context.previous is not None:
            context.previous.subt += tt
        for e in (context.entry, context.subentry):
            if e is None:
                continue
            e.recursionlevel -= 1
            if e.recursionlevel == 0:
                e.tt += tt
            else:
                e.recursivecallcount += 1
            e.it += it
            e.callcount += 1

    def _leave(self, key):
        context = self._context
        if context is None:
            return
        if self._entries.get(key) is not None:
            self._stop(context)
        self._context = context.previous

    def _hook(self, frame, event, arg):
        if event == 'call':
            self._enter(frame.f_code, frame.f_code)
        elif event == 'return':
            self._leave(frame.f_code)
        elif self._builtins and isinstance(arg, _BuiltinFunctionType):
            if event == 'c_call':
                self._enter(_builtin_key(arg), arg)
            else:
                self._leave(_builtin_key(arg))

    def enable(self, subcalls=True, builtins=True):
        """Start collecting profiling information.

          subcalls
            If True, also records for each function
            statistics separated according to its current caller.
          builtins
            If True, records the time spent in
            built-in functions separately from their caller.
        """
        self._subcalls = bool(subcalls)
        self._builtins = bool(builtins)
        _sys.setprofile(self._hook)
        self._enabled = True

    def disable(self):
        """Stop collecting profiling information."""
        if self._enabled:
            # C reports the call of disable() itself before the hook goes.
            key = ('method', Profiler, 'disable')
            self._enter(key, _Label("<method 'disable' of '_lsprof.Profiler' objects>"))
            _sys.setprofile(None)
            self._leave(key)
            self._enabled = False
        # flush_unmatched: stop the calls still in progress.
        while self._context is not None:
            context = self._context
            self._stop(context)
            self._context = context.previous

    def clear(self):
        """Clear all profiling information collected so far."""
        self._entries = {}
        self._context = None

    def getstats(self):
        """list of profiler_entry objects.

        getstats() -> list of profiler_entry objects

        Return all information collected by the profiler.
        Each profiler_entry is a tuple-like object with the
        following attributes:

            code          code object
            callcount     how many times this was called
            reccallcount  how many times called recursively
            totaltime     total time in this entry
            inlinetime    inline time in this entry (not in subcalls)
            calls         details of the calls

        The calls attribute is either None or a list of
        profiler_subentry objects:

            code          called code object
            callcount     how many times this is called
            reccallcount  how many times this is called recursively
            totaltime     total time spent in this call
            inlinetime    inline time (not in further subcalls)
        """
        factor = self._timeunit if self._timer is not None and self._timeunit > 0.0 else 1e-9
        stats = []
        for entry in self._entries.values():
            calls = None
            if entry.calls is not None:
                calls = [profiler_subentry((sub.userobj.userobj, sub.callcount, sub.recursivecallcount,
                                            sub.tt * factor, sub.it * factor))
                         for sub in entry.calls.values()]
            stats.append(profiler_entry((entry.userobj, entry.callcount,
                                         entry.recursivecallcount, entry.tt * factor,
                                         entry.it * factor, calls)))
        return stats
