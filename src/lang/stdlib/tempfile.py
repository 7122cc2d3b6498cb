"""tempfile for gclab: temporary files and directories in the simulated
file system (one per run, in memory; docs/stdlib-modules.md).

As CPython's Lib/tempfile.py: gettempdir() is '/tmp', mkdtemp() makes a new
directory, NamedTemporaryFile / TemporaryFile open a new file (removed when
closed, unless delete=False), TemporaryDirectory removes its directory when
the block ends or it dies. SpooledTemporaryFile is CPython's (a BytesIO or
StringIO until it rolls over to a TemporaryFile). Names are tmp + 8 characters as in CPython, but
drawn from a counter, not from a random generator, so that a run is
deterministic (they never collide with an existing path).
"""

import io as _io
import os as _os
import types as _types
import warnings as _warnings
import _gclab

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
           "mkstemp", "mkdtemp", "mktemp", "gettempdir", "gettempprefix",
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


def mktemp(suffix="", prefix=template, dir=None):
    """User-callable function to return a unique temporary file name.  The
    file is not created.

    Arguments are similar to mkstemp, except that the 'text' argument is
    not accepted, and suffix=None, prefix=None and bytes file names are not
    supported.

    THIS FUNCTION IS UNSAFE AND SHOULD NOT BE USED.  The file name may
    refer to a file that did not exist at some point, but by the time
    you get around to creating it, someone else may have beaten you to
    the punch.
    """
    if dir is None:
        dir = gettempdir()
    # CPython joins dir (as given) with the first candidate name that does
    # not exist; gclab's candidates come from the file system's counter.
    return _os.path.join(dir, _os.path.basename(_name(suffix, prefix, dir)))


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Make a new, empty file; return (fd, path): an OS-level descriptor
    (os.open's, O_RDWR|O_CREAT|O_EXCL, mode 0o600) and the absolute path,
    as CPython's _mkstemp_inner; os.fdopen(fd) or open(fd) wraps it."""
    name = _name(suffix, prefix, dir)
    fd = _os.open(name, _os.O_RDWR | _os.O_CREAT | _os.O_EXCL, 0o600)
    return fd, name


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


class SpooledTemporaryFile(_io.IOBase):
    """Temporary file wrapper, specialized to switch from BytesIO
    or StringIO to a real file when it exceeds a certain size or
    when a fileno is needed.
    """
    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(),
                            encoding=encoding, errors=errors,
                            newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    __class_getitem__ = classmethod(_types.GenericAlias)

    def _check(self, file):
        if self._rolled: return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        if self._rolled: return
        file = self._file
        newfile = self._file = TemporaryFile(**self._TemporaryFileArgs)
        del self._TemporaryFileArgs

        pos = file.tell()
        if hasattr(newfile, 'buffer'):
            newfile.buffer.write(file.detach().getvalue())
        else:
            newfile.write(file.getvalue())
        newfile.seek(pos, 0)

        self._rolled = True

    # The method caching trick from NamedTemporaryFile
    # won't work here, because _file may change from a
    # BytesIO/StringIO instance to a real file. So we list
    # all the methods directly.

    # Context management protocol
    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    # file protocol
    def __iter__(self):
        return self._file.__iter__()

    def __del__(self):
        if not self.closed:
            _warnings.warn(
                "Unclosed file {!r}".format(self),
                ResourceWarning,
                stacklevel=2,
                source=self
            )
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        try:
            return self._file.mode
        except AttributeError:
            return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        try:
            return self._file.name
        except AttributeError:
            return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            return self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


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
