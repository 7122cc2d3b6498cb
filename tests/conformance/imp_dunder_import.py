# __import__ and importlib.import_module: the top-level package without a
# fromlist, the submodule with one, relative names with a package, errors.
import importlib, sys
m = __import__('gc')
print(m is sys.modules['gc'], __import__('mod_shapes').__name__)
b = importlib.import_module('pkg_zoo.animals')
print(b.__name__, __import__('pkg_zoo.animals').__name__, __import__('pkg_zoo.animals', fromlist=['Cat']).__name__)
print(importlib.import_module('.food', 'pkg_zoo').menu)
try:
    importlib.import_module('nope_nope')
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    __import__(5)
except TypeError as e:
    print('TypeError:', e)
