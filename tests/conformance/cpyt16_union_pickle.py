# X | Y unions (types.UnionType) pickle and copy through copyreg's
# pickle_union: functools.reduce(operator.or_, args); typing re-exports
# types.GenericAlias.
import copy
import pickle
import types
import typing

T = typing.TypeVar('T')
orig = list[T] | int
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    loaded = pickle.loads(pickle.dumps(orig, proto))
    print(proto, loaded == orig, loaded.__args__ == orig.__args__, loaded.__parameters__ == orig.__parameters__)
for copied in (copy.copy(orig), copy.deepcopy(orig)):
    print(type(copied).__name__, copied == orig, copied.__args__ == orig.__args__)

u = int | str | None
print(repr(pickle.loads(pickle.dumps(u))))
print(typing.GenericAlias is types.GenericAlias, repr(int | typing.GenericAlias(list, int)))
import copyreg
print(copyreg.dispatch_table[types.UnionType].__name__, copyreg.pickle_union(int | str))
