# Keyword arguments to list, tuple, set and frozenset (test_list/test_tuple/
# test_set's test_keyword_args and test_keywords_in_subclass): the type
# itself takes none; a subclass overriding __init__ (tuple, set, frozenset)
# or __new__ (list) may pass them through, and T.__new__ hands them on.
def t(label, f):
    try:
        r = f()
        print(label, 'ok', sorted(r) if isinstance(r, (set, frozenset)) else r, getattr(r, 'newarg', '-'))
    except TypeError as e:
        print(label, 'TypeError', e)
for base in (list, tuple, set, frozenset):
    n = base.__name__
    t(n + ' kw', lambda: base(sequence=()))
    t(n + ' kw+pos', lambda: base((1,), x=1))
    class Plain(base): pass
    t(n + ' plain kw', lambda: Plain(sequence=()))
    class WithInit(base):
        def __init__(self, arg, newarg=None):
            if base in (list, set):
                super().__init__(arg)
            self.newarg = newarg
    t(n + ' init', lambda: WithInit([1, 2], newarg=3))
    class WithNew(base):
        def __new__(cls, arg, newarg=None):
            self = super().__new__(cls, arg)
            self.newarg = newarg
            return self
    t(n + ' new', lambda: WithNew([1, 2], newarg=3))
    class WithNewNoArg(base):
        def __new__(cls, *args, **kw):
            return super().__new__(cls, *args, **kw)
    t(n + ' new passes kw', lambda: WithNewNoArg([1], newarg=3))
