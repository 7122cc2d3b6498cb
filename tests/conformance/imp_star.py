# `from X import *`: with __all__ exactly its names (even private ones), without
# __all__ every public name of the module's namespace; names are bound in the
# importing module's globals.
from mod_star_all import *
print(public, _listed_private)
try:
    unlisted
except NameError as e:
    print('NameError:', e)

from mod_shapes import *
print(Shape('a'), area(3), registry)
try:
    _hidden
except NameError as e:
    print('NameError:', e)
print(sorted(k for k in globals() if not k.startswith('__')))
