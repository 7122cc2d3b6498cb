"""types for gclab: names for the built-in types the interpreter has, and
SimpleNamespace. After CPython 3.11's Lib/types.py (types are found by
making one object of each kind); types gclab has no objects for are absent
and their names raise AttributeError.
"""

import sys


def _f(): pass
FunctionType = type(_f)
LambdaType = type(lambda: None)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1
    def f():
        nonlocal a
    return f.__closure__[0]
CellType = type(_cell_factory())


def _g():
    yield 1
GeneratorType = type(_g())


# A bound method without a class: CPython's `class _C` trick leaves a
# class (a garbage cycle) behind, which CPython collects before a program
# starts; types is imported by the program here.
def _m(self): pass
MethodType = type(_m.__get__(0))

BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
ModuleType = type(sys)

def _tb():
    try:
        raise TypeError
    except TypeError as exc:
        return exc.__traceback__
TracebackType = type(_tb())
if hasattr(_tb(), 'tb_frame'):
    FrameType = type(_tb().tb_frame)

NoneType = type(None)
GenericAlias = type(list[int])
UnionType = type(int | str)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)


class SimpleNamespace:
    """A simple attribute-based namespace: SimpleNamespace(**kwargs)."""

    # CPython's namespace type has a __dict__ but no __weakref__ slot.
    __slots__ = ('__dict__',)

    def __new__(cls, /, *args, **kwargs):
        # namespace_new makes the instance's dict at once (a real dict, one
        # more object for the collector), as reading __dict__ does here.
        self = object.__new__(cls)
        self.__dict__
        return self

    def __init__(self, /, *args, **kwargs):
        if args:
            raise TypeError("no positional arguments expected")
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        # namespace_repr: "namespace" for the type itself, tp_name otherwise.
        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        if self in _repr_running:
            return f"{name}(...)"
        _repr_running.append(self)
        try:
            items = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        finally:
            _repr_running.remove(self)
        return f"{name}({items})"

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


_repr_running = []


MappingProxyType = type(type.__dict__)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Create a class object dynamically using the appropriate metaclass."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    if kwds:
        return type(name, tuple(bases), ns, **kwds)
    return type(name, tuple(bases), ns)


def coroutine(func):
    """Not supported in gclab (no async)."""
    raise NotImplementedError("gclab: types.coroutine is not supported (no async)")


del sys, _f, _g, _m, _cell_factory, _tb
__all__ = [n for n in globals() if not n.startswith('_')]
