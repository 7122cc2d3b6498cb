# What a program sees of sys.modules after ordinary imports: the modules it imported are
# there, gclab's own helper module is not (python3 has no such module).
import sys
import json, dataclasses, collections, functools, enum
for name in ('json', 'dataclasses', 'collections', 'functools', 'enum', 'sys', 'builtins', '__main__'):
    print(name, name in sys.modules)
print('_gclab' in sys.modules, any(name.startswith('_gclab') for name in sys.modules))
print(sys.modules['json'].__name__, sys.modules[__name__] is sys.modules['__main__'])
try:
    import _gclab_nonexistent
except ModuleNotFoundError as e:
    print(e)
