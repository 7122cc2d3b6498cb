"""os for gclab: the names ordinary programs reach -- os.path (posixpath),
os.environ and getenv (the host's environment), getcwd, sep/linesep/name,
fspath, PathLike, getpid and cpu_count.

gclab gives programs no file system or process access beyond that:
os.getpid() is always 4242 (a real pid differs between runs; a fixed one
keeps gclab deterministic), os.cpu_count() is 1, and file operations
(listdir, remove, open, ...) are not here.
"""

import sys
import posixpath as path
from _collections_abc import MutableMapping

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "extsep", "environ",
           "getenv", "getcwd", "getpid", "fspath", "PathLike", "cpu_count"]

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
pathsep = path.pathsep
defpath = path.defpath
extsep = path.extsep
altsep = path.altsep
devnull = path.devnull

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

try:
    from _gclab import environ as _host_environ, getcwd as _host_getcwd
except ImportError:
    _host_environ = None
    _host_getcwd = None


class _Environ(MutableMapping):
    """os.environ: str keys and values (setting a non-str raises TypeError)."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        self._data[key] = value

    def __delitem__(self, key):
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        keys = list(self._data)
        for key in keys:
            yield key

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ", ".join(
            f"{key!r}: {value!r}"
            for key, value in self._data.items()
        )
        return f"environ({{{formatted_items}}})"

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, MutableMapping.__mro__[2]):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new


environ = _Environ(_host_environ() if _host_environ is not None else {})


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


def getcwd():
    """Return a unicode string representing the current working directory."""
    return _host_getcwd() if _host_getcwd is not None else '/'


def getpid():
    """gclab's process id: always 4242 (see the module docstring)."""
    return 4242


def cpu_count():
    return 1


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, str):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        else:
            raise TypeError("expected str, bytes or os.PathLike object, "
                            "not " + path_type.__name__)
    if isinstance(path_repr, str):
        return path_repr
    else:
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(path_type.__name__,
                                        type(path_repr).__name__))


class PathLike:
    """Abstract base class for implementing the file system path protocol."""

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented
