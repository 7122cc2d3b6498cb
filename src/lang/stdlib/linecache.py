"""linecache for gclab: the lines of source files, as CPython 3.11's
Lib/linecache.py gives them to traceback and friends.

gclab reads no files from Python code: the lines come from the sources the
interpreter has read (the scenario, the modules beside it and gclab's own
Python modules), through _gclab.source_lines. A file it has not read has no
lines ('' from getline), as an unreadable file has in CPython.
"""

import functools
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

try:
    from _gclab import source_lines as _source_lines
except ImportError:
    _source_lines = None

# filename -> (size, mtime, lines, fullname), as CPython keeps it.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache (''
    when the file or the line is unknown)."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache, reading them
    when they are not there yet."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date (gclab's sources never
    change while a scenario runs, so nothing is discarded)."""
    if filename is not None and filename not in cache:
        return


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    if _source_lines is not None:
        lines = _source_lines(filename)
    else:
        try:
            with open(filename, encoding='utf-8') as fp:
                lines = fp.readlines()
        except (OSError, UnicodeDecodeError, SyntaxError):
            lines = []
    if not lines:
        # No such file: a lazy entry lazycache() made (or makes now from
        # module_globals) gives the module's source under this name.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (len(data), None, [line + '\n' for line in data.splitlines()], filename)
                return cache[filename][2]
        return []
    if not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size = sum(len(line) for line in lines)
    cache[filename] = size, None, lines, filename
    return lines


def _module_source(file):
    """The source text of a module gclab has read (None: none)."""
    return ''.join(_source_lines(file)) or None


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals: a lazy entry whose
    lines are the module's source, read when first asked for (its loader's
    get_source, or, as gclab's loaders have none, the lines of the module's
    __file__). True when such an entry is (now) in the cache."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        spec = module_globals.get('__spec__')
        name = getattr(spec, 'name', None) or module_globals['__name__']
        loader = getattr(spec, 'loader', None)
        if loader is None:
            loader = module_globals.get('__loader__')
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            cache[filename] = (functools.partial(get_source, name),)
            return True
        file = module_globals.get('__file__')
        if name and isinstance(file, str) and _source_lines is not None:
            cache[filename] = (functools.partial(_module_source, file),)
            return True
    return False