"""tempfile for gclab: temporary files and directories in the simulated
file system (one per run, in memory; docs/stdlib-modules.md).

As CPython's Lib/tempfile.py: gettempdir() is '/tmp', mkdtemp() makes a new
directory, NamedTemporaryFile / TemporaryFile open a new file (removed when
closed, unless delete=False), TemporaryDirectory removes its directory when
the block ends or it dies. Names are tmp + 8 characters as in CPython, but
drawn from a counter, not from a random generator, so that a run is
deterministic (they never collide with an existing path).
"""

import os as _os
import _gclab

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "gettempdir", "gettempprefix",
           "gettempdirb", "gettempprefixb", "tempdir", "template"]

template = "tmp"
tempdir = None


def gettempprefix():
    return template


def gettempprefixb():
    return template.encode()


def gettempdir():
    return tempdir if tempdir is not None else "/tmp"


def gettempdirb():
    return gettempdir().encode()


def _name(suffix, prefix, dir):
    if dir is None:
        dir = gettempdir()
    dir = _os.fspath(dir)
    return _gclab.fs_tempname(_os.path.abspath(dir),
                              template if prefix is None else prefix,
                              "" if suffix is None else suffix)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Make a new directory; return its absolute path."""
    name = _name(suffix, prefix, dir)
    _os.mkdir(name, 0o700)
    return name


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new, empty file; return (handle, path). The simulation has no
    file descriptors: the handle is an open binary file object."""
    name = _name(suffix, prefix, dir)
    f = open(name, "xb+")
    return f, name


class _TemporaryFileWrapper:
    """A file removed when it is closed (delete=True), as CPython's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __iter__(self):
        for line in self.file:
            yield line

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A new file in the temporary directory, removed when closed."""
    name = _name(suffix, prefix, dir)
    mode = mode.replace("w", "x") if "w" in mode else mode
    file = open(name, mode, buffering=buffering, newline=newline,
                encoding=encoding, errors=errors)
    return _TemporaryFileWrapper(file, name, delete)


TemporaryFile = NamedTemporaryFile


class TemporaryDirectory:
    """with TemporaryDirectory() as name: a new directory, removed (with
    its contents) when the block ends."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._done = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if not getattr(self, '_done', True):
            self.cleanup()
