# The import statement's forms: import X, import X as Y, from X import a, b as c,
# each module body running once, sys.modules, module attributes and reprs.
import sys
import mod_shapes
import mod_shapes as shapes2
from mod_shapes import Shape, area as square_area
import gc, weakref as wr

print(mod_shapes is shapes2, sys.modules['mod_shapes'] is mod_shapes)
print(mod_shapes.__name__, Shape.__module__, square_area.__module__)
print(repr(Shape('sq')), square_area(4))
print(type(mod_shapes).__name__, type(mod_shapes) is type(sys))
print([k for k in vars(mod_shapes) if k.startswith('__')])
print(mod_shapes.__file__.endswith('mod_shapes.py'), mod_shapes.__package__ == '')
print('weakref as wr:', wr.__name__, wr.ref is weakref.ref if False else wr.ref.__name__)
print(repr(gc), repr(sys))

def load_again():
    import mod_shapes as again
    return again

print(load_again() is mod_shapes)
mod_shapes.registry.append('shared state')
from mod_shapes import registry
print(registry)
print(str(Shape).startswith("<class 'mod_shapes.Shape'"), str(Shape('x').__class__))
print('mod_shapes' in sys.modules, list(sys.modules).index('mod_shapes') > list(sys.modules).index('__main__'))
