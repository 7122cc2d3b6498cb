"""importlib for gclab: import_module and reload.

After CPython 3.11's Lib/importlib/__init__.py: import_module(name,
package=None) imports through __import__ and returns the module itself
(for 'a.b', the submodule); relative names need `package`.
"""

import sys

__all__ = ['import_module', 'invalidate_caches', 'reload']


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return f'{base}.{name}' if name else base


def import_module(name, package=None):
    """Import a module; `package` anchors a relative name ('.sub')."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name]


def invalidate_caches():
    """Nothing to invalidate: gclab's finders keep no caches."""


_RELOADING = {}


def reload(module):
    """Reload the module and return it.

    The module must have been successfully imported before.

    """
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module")

    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        # gclab: _find_spec and _bootstrap._exec (the body run again in the
        # module's namespace, the module moved to the end of sys.modules).
        import _gclab
        return _gclab.reload_module(module)
    finally:
        try:
            del _RELOADING[name]
        except KeyError:
            pass
