# graphlib.TopologicalSorter: static_order, the get_ready/done protocol, CycleError and misuse errors.
from graphlib import TopologicalSorter, CycleError
ts = TopologicalSorter({'d': {'b', 'c'}, 'b': {'a'}, 'c': {'a'}})
print(list(ts.static_order()))
ts = TopologicalSorter()
ts.add(3, 2, 1); ts.add(1, 0); ts.add(5)
ts.prepare()
while ts.is_active():
    ready = ts.get_ready(); print(ready)
    ts.done(*ready)
try:
    list(TopologicalSorter({1: {2}, 2: {3}, 3: {1}}).static_order())
except CycleError as e:
    print(type(e).__mro__, e.args)
ts = TopologicalSorter({1:{2}})
ts.prepare()
try: ts.prepare()
except ValueError as e: print(e)
try: ts.done(7)
except ValueError as e: print(e)
try: ts.add(9)
except ValueError as e: print(e)
print(bool(ts), TopologicalSorter.__class_getitem__(int))
t = TopologicalSorter()
try: t.get_ready()
except ValueError as e: print(e)
