# The default display of an AttributeError or NameError offers the closest
# name (Python/suggestions.c): dir(obj) for an attribute; the innermost
# frame's locals, then its globals, then the builtins for a name. A move
# costs 2, a change of case 1; no suggestion when more than a third of the
# characters change, from 750 candidates or more, or when dir() raises.
# (test_exceptions' NameErrorTests/AttributeErrorTests, through
# sys.__excepthook__.)
import io
import sys
import math


def shown(f):
    try:
        f()
    except BaseException:
        saved = sys.stderr
        sys.stderr = io.StringIO()
        try:
            sys.__excepthook__(*sys.exc_info())
            text = sys.stderr.getvalue()
        finally:
            sys.stderr = saved
        print(text.splitlines()[-1])


class Config:
    verbose = True
    blech = 1

    def __init__(self):
        self.timeout = 3


class Loud:
    def __dir__(self):
        raise ValueError('no dir')


class Crowd:
    pass


for i in range(800):
    setattr(Crowd, 'attr%d' % i, i)

cfg = Config()
shown(lambda: cfg.verbos)
shown(lambda: cfg.VERBOSE)
shown(lambda: cfg.timeuot)
shown(lambda: cfg.bluch)
shown(lambda: cfg.zzzzzz)
shown(lambda: Config.timeout)
shown(lambda: math.sqr)
shown(lambda: 'text'.uper())
shown(lambda: [].appendd)
shown(lambda: Loud().x)
shown(lambda: Crowd().attr1x)
shown(lambda: getattr(cfg, 'a' * 50))

global_counter = 0


def uses_local():
    local_value = 1
    return local_valeu


def uses_global():
    return global_countr


def uses_builtin():
    return lenn('abc')


def uses_closure():
    outer_name = 2

    def inner():
        return outer_nam + outer_name
    return inner()


shown(uses_local)
shown(uses_global)
shown(uses_builtin)
shown(uses_closure)
shown(lambda: undefined_thing_xyz)
shown(lambda: Pritn('x'))

try:
    cfg.verbos
except AttributeError as e:
    print(repr(e), e.name, e.obj is cfg)

# An uncaught one at the end, on standard error (stdout shows the exit status only).
print('done')
