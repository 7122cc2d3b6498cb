# repr of modules as importlib's _module_repr writes them: CPython's
# built-in modules (sys, gc, itertools, atexit, time) as (built-in), its
# frozen ones (os, io, abc, posixpath) as (frozen), source and
# extension modules (functools, collections, json, math) from their file,
# and a ModuleType made by a program with neither.
import abc, atexit, collections, collections.abc, functools, gc, io, itertools, json, math, operator, os, sys, time, types
for m in (sys, gc, itertools, atexit, time, os, os.path, io, abc, functools, collections, collections.abc, json, math, operator):
    print(m)
print(types.ModuleType('made'), types.ModuleType('made', 'doc').__doc__)
m = types.ModuleType('withfile')
m.__file__ = '/tmp/somewhere.py'
print(m)
