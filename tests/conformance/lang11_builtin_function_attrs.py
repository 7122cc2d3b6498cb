# __module__ and __doc__ of builtin functions: the builtins module's, native modules' (math, gc, atexit, sys) and bound methods'.
import math, gc, atexit, sys
for f in [len, print, math.sqrt, math.atan2, gc.collect, gc.is_tracked, atexit.register, sys.getrefcount, [].append, {}.get, 'a'.join]:
    print(f.__name__, f.__module__, (f.__doc__ or '')[:60])
