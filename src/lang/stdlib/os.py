"""os for gclab: the names ordinary programs reach -- os.path (posixpath),
os.environ and getenv (the host's environment), getcwd, sep/linesep/name,
fspath, PathLike, getpid and cpu_count -- and the file operations of
gclab's simulated file system (one per run, in memory; see
docs/stdlib-modules.md): remove/unlink, mkdir/makedirs, rmdir/removedirs,
listdir, scandir, walk, rename/replace, chdir, stat (st_mode and st_size), with CPython's
OSError subclasses and messages.

gclab gives programs no real file system or process access: os.getpid()
is always 4242 (a real pid differs between runs; a fixed one keeps gclab
deterministic), os.cpu_count() is 1.
"""

import abc
import sys
import posixpath as path
from _collections_abc import MutableMapping, _check_methods

__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "extsep", "environ",
           "getenv", "getcwd", "getpid", "urandom", "uname", "fspath", "PathLike", "cpu_count",
           "remove", "unlink", "mkdir", "makedirs", "rmdir", "removedirs",
           "listdir", "rename", "replace", "chdir", "stat", "stat_result",
           "scandir", "walk", "getcwdb", "error", "fsencode", "fsdecode"]

error = OSError

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
    from _gclab import environ as _host_environ, fs_getcwd as _host_getcwd
    import _gclab
except ImportError:
    _host_environ = None
    _host_getcwd = None
    _gclab = None


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


def getuid():
    """Return the current process's user id (root's, 0: the user the oracle runs as)."""
    return 0


def geteuid():
    """Return the current process's effective user id."""
    return 0


def getgid():
    """Return the current process's group id."""
    return 0


def getegid():
    """Return the current process's effective group id."""
    return 0


def cpu_count():
    return 1


# os.urandom's bytes: a SplitMix64 stream from a fixed seed, so a gclab run
# is reproducible (CPython's come from getrandom(2) and differ every run).
_urandom_state = [0x9E3779B97F4A7C15]


def urandom(size):
    """Return a bytes object containing random bytes suitable for cryptographic use."""
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError("negative argument not allowed")
    out = bytearray()
    state = _urandom_state[0]
    while len(out) < size:
        state = (state + 0x9E3779B97F4A7C15) & 0xFFFFFFFFFFFFFFFF
        z = state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & 0xFFFFFFFFFFFFFFFF
        z ^= z >> 31
        out += z.to_bytes(8, 'little')
    _urandom_state[0] = state
    return bytes(out[:size])


if _gclab is not None:
    # os._exit(n): the process ends at once -- no finally blocks, atexit
    # handlers, finalizers or module teardown (gclab keeps the output
    # already printed; python3 loses stdout's unflushed buffer).
    _exit = _gclab._exit
    # posix.strerror: the message of an error number.
    strerror = _gclab.strerror


def fspath(path):
    """Return the file system path representation of the object."""
    if isinstance(path, (str, bytes)):
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
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    else:
        raise TypeError("expected {}.__fspath__() to return str or bytes, "
                        "not {}".format(path_type.__name__,
                                        type(path_repr).__name__))


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        # An ABC as CPython's: isinstance() finds __fspath__ on any class,
        # and pathlib registers PurePath.
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(type(list[int]))


def _path_arg(path):
    path = fspath(path)
    if isinstance(path, bytes):
        path = path.decode('utf-8', 'surrogateescape')
    return path


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding (utf-8) with the 'surrogateescape' error handler."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding (utf-8) with the 'surrogateescape' error handler."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


def getcwdb():
    return getcwd().encode('utf-8', 'surrogateescape')


def chdir(path):
    """Change the (simulated) working directory."""
    _gclab.fs_chdir(_path_arg(path))


def remove(path, *, dir_fd=None):
    """Remove a file (not a directory)."""
    _gclab.fs_remove(_path_arg(path))


unlink = remove


def mkdir(path, mode=0o777, *, dir_fd=None):
    """Create a directory; its parent must exist."""
    _gclab.fs_mkdir(_path_arg(path))


def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False]): the directory and
    the missing ones above it."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    """Remove an empty directory."""
    _gclab.fs_rmdir(_path_arg(path))


def removedirs(name):
    """rmdir the directory, then its parents while they are empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def listdir(path='.'):
    """The names in a directory (in the order they were made)."""
    return _gclab.fs_listdir(_path_arg(path))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _gclab.fs_rename(_path_arg(src), _path_arg(dst))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _gclab.fs_rename(_path_arg(src), _path_arg(dst))


class stat_result(tuple):
    """os.stat's result: (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid,
    st_size, st_atime, st_mtime, st_ctime); times and owners are 0 in the
    simulation."""

    n_sequence_fields = 10

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    # The tuple holds whole seconds; the attributes are floats, with the
    # nanosecond counts beside them (posixmodule.c fill_time).
    st_atime = property(lambda self: float(self[7]))
    st_mtime = property(lambda self: float(self[8]))
    st_ctime = property(lambda self: float(self[9]))
    st_atime_ns = property(lambda self: self[7] * 1000000000)
    st_mtime_ns = property(lambda self: self[8] * 1000000000)
    st_ctime_ns = property(lambda self: self[9] * 1000000000)

    def __repr__(self):
        names = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid',
                 'st_size', 'st_atime', 'st_mtime', 'st_ctime')
        return 'os.stat_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


class uname_result(tuple):
    """os.uname's result (posix.uname_result): sysname, nodename, release,
    version, machine. gclab's machine is a fixed Linux x86_64 host named
    'gclab', so a run does not depend on the machine it runs on."""

    n_sequence_fields = 5

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        names = ('sysname', 'nodename', 'release', 'version', 'machine')
        return 'posix.uname_result(%s)' % ', '.join(
            '%s=%r' % (n, v) for n, v in zip(names, self))


def uname():
    """Return an object identifying the current operating system."""
    return uname_result(('Linux', 'gclab', '6.1.0-gclab', '#1 SMP gclab', 'x86_64'))


# posix.confstr (Modules/posixmodule.c) with the oracle's glibc 2.36
# answers (platform.libc_ver reads CS_GNU_LIBC_VERSION).
confstr_names = {'CS_GNU_LIBC_VERSION': 2, 'CS_GNU_LIBPTHREAD_VERSION': 3, 'CS_LFS64_CFLAGS': 1004, 'CS_LFS64_LDFLAGS': 1005, 'CS_LFS64_LIBS': 1006, 'CS_LFS64_LINTFLAGS': 1007, 'CS_LFS_CFLAGS': 1000, 'CS_LFS_LDFLAGS': 1001, 'CS_LFS_LIBS': 1002, 'CS_LFS_LINTFLAGS': 1003, 'CS_PATH': 0, 'CS_XBS5_ILP32_OFF32_CFLAGS': 1100, 'CS_XBS5_ILP32_OFF32_LDFLAGS': 1101, 'CS_XBS5_ILP32_OFF32_LIBS': 1102, 'CS_XBS5_ILP32_OFF32_LINTFLAGS': 1103, 'CS_XBS5_ILP32_OFFBIG_CFLAGS': 1104, 'CS_XBS5_ILP32_OFFBIG_LDFLAGS': 1105, 'CS_XBS5_ILP32_OFFBIG_LIBS': 1106, 'CS_XBS5_ILP32_OFFBIG_LINTFLAGS': 1107, 'CS_XBS5_LP64_OFF64_CFLAGS': 1108, 'CS_XBS5_LP64_OFF64_LDFLAGS': 1109, 'CS_XBS5_LP64_OFF64_LIBS': 1110, 'CS_XBS5_LP64_OFF64_LINTFLAGS': 1111, 'CS_XBS5_LPBIG_OFFBIG_CFLAGS': 1112, 'CS_XBS5_LPBIG_OFFBIG_LDFLAGS': 1113, 'CS_XBS5_LPBIG_OFFBIG_LIBS': 1114, 'CS_XBS5_LPBIG_OFFBIG_LINTFLAGS': 1115}
_CONFSTR_VALUES = {2: 'glibc 2.36', 3: 'NPTL 2.36', 1004: '-D_LARGEFILE64_SOURCE', 1007: '-D_LARGEFILE64_SOURCE', 0: '/bin:/usr/bin', 1108: '-m64', 1109: '-m64'}


def confstr(name, /):
    """Return a string-valued system configuration variable."""
    if isinstance(name, str):
        if name not in confstr_names:
            raise ValueError("unrecognized configuration name")
        name = confstr_names[name]
    elif not isinstance(name, int):
        raise TypeError("configuration names must be strings or integers")
    if name not in _CONFSTR_VALUES and name not in confstr_names.values():
        raise OSError(22, 'Invalid argument')
    return _CONFSTR_VALUES.get(name, '')


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The kind (st_mode) and size of a file or directory."""
    p = _path_arg(path)
    kind = _gclab.fs_kind(p)
    if kind is None:
        raise FileNotFoundError(2, 'No such file or directory', fspath(path))
    if kind == 'dir':
        return stat_result((0o40755, 0, 0, 2, 0, 0, 4096, 0, 0, 0))
    if kind == 'device':
        return stat_result((0o20666, 0, 0, 1, 0, 0, 0, 0, 0, 0))
    return stat_result((0o100644, 0, 0, 1, 0, 0, len(_gclab.fs_read(p)), 0, 0, 0))


lstat = stat

# ---- file descriptors (posixmodule.c's open/read/write/lseek/close over
# the simulated file system): a descriptor is a path, a position and the
# access mode; the lowest free number from 3 up, as the kernel gives.

O_RDONLY = 0
O_WRONLY = 1
O_RDWR = 2
O_ACCMODE = 3
O_CREAT = 0o100
O_EXCL = 0o200
O_NOCTTY = 0o400
O_TRUNC = 0o1000
O_APPEND = 0o2000
O_NONBLOCK = O_NDELAY = 0o4000
O_DSYNC = 0o10000
O_DIRECTORY = 0o200000
O_NOFOLLOW = 0o400000
O_CLOEXEC = 0o2000000
O_SYNC = 0o4010000

_descriptors = {}


class _Descriptor:
    __slots__ = ('path', 'pos', 'readable', 'writable', 'append', 'kind')

    def __init__(self, path, readable, writable, append, kind):
        self.path = path
        self.pos = 0
        self.readable = readable
        self.writable = writable
        self.append = append
        self.kind = kind


def _descriptor(fd):
    if not isinstance(fd, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(fd).__name__)
    d = _descriptors.get(fd)
    if d is None:
        raise OSError(9, 'Bad file descriptor')
    return d


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Open a file for low level IO.  Returns a file descriptor (integer)."""
    p = _path_arg(path)
    if not isinstance(flags, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(flags).__name__)
    access = flags & O_ACCMODE
    readable = access in (O_RDONLY, O_RDWR)
    writable = access in (O_WRONLY, O_RDWR)
    kind = _gclab.fs_kind(p)
    if kind is None:
        if not flags & O_CREAT:
            raise FileNotFoundError(2, 'No such file or directory', fspath(path))
        _gclab.fs_write(p, b'', 'x')
        kind = 'file'
    elif flags & O_CREAT and flags & O_EXCL:
        raise FileExistsError(17, 'File exists', fspath(path))
    elif kind == 'dir' and (writable or flags & O_CREAT):
        raise IsADirectoryError(21, 'Is a directory', fspath(path))
    elif kind != 'dir' and flags & O_DIRECTORY:
        raise NotADirectoryError(20, 'Not a directory', fspath(path))
    if flags & O_TRUNC and writable and kind == 'file':
        _gclab.fs_write(p, b'', 'w')
    fd = 3
    while fd in _descriptors:
        fd += 1
    _descriptors[fd] = _Descriptor(p, readable, writable, bool(flags & O_APPEND), kind)
    return fd


def close(fd):
    """Close a file descriptor."""
    _descriptor(fd)
    del _descriptors[fd]


def closerange(fd_low, fd_high, /):
    """Closes all file descriptors in [fd_low, fd_high), ignoring errors."""
    for fd in range(fd_low, fd_high):
        _descriptors.pop(fd, None)


def _contents(d):
    if d.kind == 'dir':
        raise IsADirectoryError(21, 'Is a directory')
    return _gclab.fs_read(d.path) if d.kind == 'file' else b''


def read(fd, length, /):
    """Read from a file descriptor.  Returns a bytes object."""
    d = _descriptor(fd)
    if not isinstance(length, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(length).__name__)
    if length < 0:
        raise OSError(22, 'Invalid argument')
    if not d.readable:
        raise OSError(9, 'Bad file descriptor')
    data = _contents(d)[d.pos:d.pos + length]
    d.pos += len(data)
    return data


def write(fd, data, /):
    """Write a bytes object to a file descriptor."""
    if _gclab is not None and isinstance(fd, int) and fd in (1, 2) and fd not in _descriptors:
        # The process's stdout and stderr: the bytes go past sys.stdout's buffer.
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _gclab.std_write(fd, memoryview(data).tobytes())
    d = _descriptor(fd)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = memoryview(data).tobytes()
    if not d.writable:
        raise OSError(9, 'Bad file descriptor')
    if d.kind != 'file':
        return len(data)
    contents = _gclab.fs_read(d.path)
    if d.append:
        d.pos = len(contents)
    pos = d.pos
    if pos > len(contents):
        contents += bytes(pos - len(contents))
    _gclab.fs_write(d.path, contents[:pos] + data + contents[pos + len(data):], 'w')
    d.pos = pos + len(data)
    return len(data)


def lseek(fd, position, whence, /):
    """Set the position of a file descriptor.  Return the new position."""
    d = _descriptor(fd)
    if whence == SEEK_SET:
        new = position
    elif whence == SEEK_CUR:
        new = d.pos + position
    elif whence == SEEK_END:
        new = len(_contents(d)) + position
    else:
        raise OSError(22, 'Invalid argument')
    if new < 0:
        raise OSError(22, 'Invalid argument')
    d.pos = new
    return new


def fstat(fd):
    """Perform a stat system call on the given file descriptor."""
    return stat(_descriptor(fd).path)


def isatty(fd, /):
    """Return True if the fd is connected to a terminal."""
    return False


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over an open descriptor (os.py's fdopen: io.open(fd))."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd).__name__)
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _fd_file(fd):
    """(path, kind) of a descriptor io.open(fd) opens (OSError EBADF if closed)."""
    d = _descriptor(fd)
    return d.path, d.pos


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the access permissions of a file: the simulated file system
    keeps no permission bits, so only the path's existence is checked."""
    stat(path)


def chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True):
    """Change the owner and group id of path (no owners are kept: the path's existence is checked)."""
    stat(path)


def lchown(path, uid, gid):
    """Change the owner and group id of path, not following symbolic links."""
    stat(path)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modified time of path (no times are kept: the path's existence is checked)."""
    stat(path)


F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Use the real uid/gid to test for access to a path: on the simulated
    file system every existing path is readable and writable, and only
    directories are executable (files keep no permission bits: 0o644)."""
    try:
        st = stat(path)
    except FileNotFoundError:
        return False
    if mode & X_OK and not st.st_mode & 0o111:
        return False
    return True


class DirEntry:
    """An entry of scandir(): name, path, is_file(), is_dir()."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self, *, follow_symlinks=True):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(path='.'):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for top and
    each directory below it, as CPython 3.11's os.walk (recursive _walk over
    scandir; with topdown the caller may prune dirnames in place)."""
    return _walk(fspath(top), topdown, onerror, followlinks)

def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []

    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return

    with scandir_it:
        while True:
            try:
                try:
                    entry = next(scandir_it)
                except StopIteration:
                    break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return

            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False

            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)

            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink

                if walk_into:
                    walk_dirs.append(entry.path)

    if topdown:
        yield top, dirs, nondirs

        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""

    n_sequence_fields = 2
    n_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(seq))
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """gclab's output is never a terminal (a deterministic run has no
    window size): OSError ENOTTY, as for a pipe."""
    raise OSError(25, 'Inappropriate ioctl for device')
