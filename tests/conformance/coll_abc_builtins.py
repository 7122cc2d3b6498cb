# collections.abc answers isinstance/issubclass for builtin values as
# python3 does: one-trick ABCs through __subclasshook__ (a None __hash__
# means unhashable), the richer ABCs through CPython's registrations.
import collections.abc as cabc
from collections.abc import (Hashable, Iterable, Iterator, Generator, Reversible,
                             Sized, Container, Collection, Callable, Set, MutableSet,
                             Mapping, MutableMapping, Sequence, MutableSequence,
                             KeysView, ItemsView, ValuesView, MappingView)

def gen():
    yield 1

values = [[], {}, (), '', 1, 1.5, True, None, set(), len, lambda: 0, print,
          iter([]), iter(()), iter({}), iter(''), gen(), range(3), {}.keys(),
          {}.items(), {}.values(), object(), type, zip(), reversed([])]
abcs = [Hashable, Iterable, Iterator, Generator, Reversible, Sized, Container,
        Collection, Callable, Set, MutableSet, Mapping, MutableMapping,
        Sequence, MutableSequence, KeysView, ItemsView, ValuesView, MappingView]
for abc in abcs:
    row = ''.join('x' if isinstance(v, abc) else '.' for v in values)
    print(f'{abc.__name__:16} {row}')
print(issubclass(dict, MutableMapping), issubclass(list, Sequence), issubclass(tuple, MutableSequence))
print(issubclass(str, Sequence), issubclass(bool, Hashable), issubclass(type, Callable))
print(Mapping.__module__, Mapping.__name__, cabc.Sequence is Sequence)
print(sorted(cabc.__all__))
try:
    issubclass(3, Iterable)
except TypeError as e:
    print('TypeError:', e)
