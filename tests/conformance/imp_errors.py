# Import errors with CPython 3.11's exact messages: a missing module, a
# missing name, a name from a builtin module, a submodule of a non-package,
# a relative import in a script, and a module whose body raises (it leaves
# sys.modules and runs again at the next import).
import sys

def attempt(stmt):
    try:
        exec_import(stmt)
    except ImportError as e:
        print(type(e).__name__ + ':', str(e).replace(str(e)[str(e).find(' (/'):] if ' (/' in str(e) else '', ''))

def exec_import(stmt):
    if stmt == 'missing':
        import no_such_module_here
    elif stmt == 'missing name':
        from mod_shapes import no_such_name
    elif stmt == 'builtin name':
        from gc import no_such_function
    elif stmt == 'dotted missing':
        import no_such_pkg.sub
    elif stmt == 'not a package':
        import mod_shapes.sub
    elif stmt == 'from not a package':
        from gc.sub import x
    elif stmt == 'fails':
        import mod_fails

for s in ['missing', 'missing name', 'builtin name', 'dotted missing', 'not a package', 'from not a package']:
    attempt(s)

for i in range(2):
    try:
        import mod_fails
    except ValueError as e:
        print('ValueError:', e, '| in sys.modules:', 'mod_fails' in sys.modules)

e = None
try:
    import no_such_module_here
except ModuleNotFoundError as err:
    e = err
print(isinstance(e, ImportError), issubclass(ModuleNotFoundError, ImportError))
