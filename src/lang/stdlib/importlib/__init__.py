"""importlib for gclab: import_module and reload's refusal.

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


def reload(module):
    """Not supported: gclab runs each module body once."""
    raise NotImplementedError('gclab: importlib.reload is not supported (a module body runs once)')
