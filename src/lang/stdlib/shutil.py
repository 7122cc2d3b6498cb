"""shutil for gclab: the file operations of CPython's Lib/shutil.py that
ordinary programs and test helpers reach -- rmtree, copyfile, copy,
copyfileobj, move -- on gclab's simulated file system."""

import os

__all__ = ["copyfileobj", "copyfile", "copy", "rmtree", "move", "Error",
           "get_terminal_size"]


class Error(OSError):
    pass


COPY_BUFSIZE = 64 * 1024


def copyfileobj(fsrc, fdst, length=0):
    """copy data from file-like object fsrc to file-like object fdst"""
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy data from src to dst; return dst."""
    if os.path.abspath(os.fspath(src)) == os.path.abspath(os.fspath(dst)):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copy(src, dst, *, follow_symlinks=True):
    """Copy data (a directory as dst: into it, under src's name)."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst)
    return dst


copy2 = copy


def rmtree(path, ignore_errors=False, onerror=None):
    """Recursively delete a directory tree."""
    if ignore_errors:
        def onerror(*args):
            pass
    elif onerror is None:
        def onerror(*args):
            raise
    try:
        names = os.listdir(path)
    except OSError:
        onerror(os.listdir, path, None)
        return
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname):
            rmtree(fullname, ignore_errors, onerror)
        else:
            try:
                os.unlink(fullname)
            except OSError:
                onerror(os.unlink, fullname, None)
    try:
        os.rmdir(path)
    except OSError:
        onerror(os.rmdir, path, None)


def move(src, dst):
    """Move a file or directory to another location; return dst."""
    real_dst = dst
    if os.path.isdir(dst):
        real_dst = os.path.join(dst, os.path.basename(os.fspath(src).rstrip('/')))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from $COLUMNS and $LINES, else the fallback
    (gclab's output is never a terminal, as python3's piped output)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(1)
        except (AttributeError, ValueError, OSError):
            size = os.terminal_size(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return os.terminal_size((columns, lines))
