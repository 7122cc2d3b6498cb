# __main__ starts with the dunder names CPython gives a script, in the same order
import gc
print(type(__loader__).__module__, type(__loader__).__name__, __annotations__, __doc__, __spec__, __cached__, __file__.endswith("main_module_globals.py"))
print(gc.is_tracked(__loader__))
print(list(globals()))
def f():
    return sorted(k for k in globals() if not k.startswith("__"))
print(f())
