# Generic aliases of builtin and stdlib types (PEP 585): list[int],
# dict[str, list[int]], tuple[int, ...], tuple[()], type[C], deque[int],
# defaultdict/OrderedDict/Counter (inherited from dict), weakref types,
# functools.partial, itertools.chain; their repr, type and module.
import collections
import functools
import itertools
import types
import weakref


class Node:
    pass


aliases = [
    list[int], dict[str, int], tuple[int, ...], tuple[()], tuple[int, str, float],
    set[str], frozenset[int], type[Node], type[int], dict[str, list[int]],
    list[list[list[int]]], list[None], list['Node'], list[Node], dict[str, Node | None],
    collections.deque[int], collections.defaultdict[str, list[int]],
    collections.OrderedDict[str, int], collections.Counter[str],
    weakref.ref[Node], weakref.WeakValueDictionary[str, Node],
    weakref.WeakKeyDictionary[Node, int], weakref.WeakSet[Node],
    functools.partial[int], itertools.chain[int], list[...], dict[str, ...],
]
for a in aliases:
    print(repr(a), type(a).__name__, type(a) is types.GenericAlias)
print(type(list[int]))
print(types.GenericAlias.__module__, types.GenericAlias.__name__)
print(str(list[int]), f"{dict[str, int]}")
print(list[int, str], list[(int, str)])
print(types.GenericAlias(list, int), types.GenericAlias(dict, (str, int)))
