# __import__(name, globals, locals, fromlist, level): the builtin behind
# import statements, as unittest's loader and importlib-style code call it:
# the top-level package for a dotted name without fromlist, the module itself
# with one, the same module object as the import statement, and CPython's
# errors for bad arguments.
import sys

m = __import__('mod_plain_values')
print(m.__name__, m is sys.modules['mod_plain_values'])
top = __import__('pkg_zoo.animals')
print(top.__name__)
sub = __import__('pkg_zoo.animals', fromlist=['x'])
print(sub.__name__)
import pkg_zoo.animals
print(sub is pkg_zoo.animals)
print(__import__('gc', globals(), locals(), [], 0).__name__)
print(__import__('gc', 1).__name__)
for bad in [(), (1,), ('',), ('x', None, None, [], -1)]:
    try:
        __import__(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__('no_such_module_here')
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('gc', bogus=1)
except TypeError as e:
    print(e)
try:
    __import__('pkg_zoo', fromlist=[1])
except TypeError as e:
    print(e)
