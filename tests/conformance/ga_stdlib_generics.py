# Which stdlib and builtin classes are generic (X[int] is a types.GenericAlias)
# and which are not subscriptable, as CPython 3.11 has them.
import os, contextlib, functools, itertools, dataclasses, weakref, collections, re
for e in ["os.PathLike[str]", "contextlib.AbstractContextManager[int]", "functools.partial[int]", "functools.cached_property[int]",
          "itertools.chain[int]", "dataclasses.Field[int]", "weakref.WeakMethod[int]", "weakref.KeyedRef[int]",
          "collections.ChainMap[str, int]", "collections.UserDict[str, int]", "collections.UserList[int]", "collections.Counter[str]",
          "collections.OrderedDict[str, int]", "collections.defaultdict[str, int]", "weakref.finalize[int]", "range[int]", "memoryview[int]",
          "slice[int]", "property[int]", "object[int]", "str[int]", "int[str]", "bytes[int]", "re.Pattern[str]"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
