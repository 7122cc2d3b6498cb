"""test.support.os_helper: temporary files and directories for a test.

Under gclab they live in the run's simulated file system (in memory, shared
with the child interpreters that script_helper starts): TESTFN, unlink,
rmdir, rmtree, temp_dir, change_cwd and create_empty_file work as in
CPython's os_helper.
"""

import sys
import unittest

try:
    import os
except ImportError:
    os = None

_NO_FILES = "needs the file system (gclab simulates no files)"

if os is not None and hasattr(os, 'getpid'):
    TESTFN_ASCII = "{}_{}_tmp".format('@test', os.getpid())
else:
    TESTFN_ASCII = "@test_0_tmp"
TESTFN = TESTFN_ASCII
TESTFN_NONASCII = None
SAVEDCWD = os.getcwd() if os is not None and hasattr(os, 'getcwd') else None


def _require_files():
    if os is None or not hasattr(os, 'unlink'):
        raise unittest.SkipTest(_NO_FILES)


def unlink(filename):
    if os is None or not hasattr(os, 'unlink'):
        return
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def rmdir(dirname):
    if os is None or not hasattr(os, 'rmdir'):
        return
    try:
        os.rmdir(dirname)
    except FileNotFoundError:
        pass


def rmtree(path):
    if os is None:
        return
    import shutil
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass


class temp_dir(object):
    """with temp_dir() as path: a new directory, removed after the block."""

    def __init__(self, path=None, quiet=False):
        self.path = path
        self.quiet = quiet

    def __enter__(self):
        _require_files()
        import tempfile
        if self.path is None:
            self.path = os.path.realpath(tempfile.mkdtemp())
            self.created = True
        else:
            os.mkdir(self.path)
            self.created = True
        return self.path

    def __exit__(self, *exc):
        if self.created:
            rmtree(self.path)
        return False


class change_cwd(object):
    """with change_cwd(path): the current directory is path in the block."""

    def __init__(self, path, quiet=False):
        self.path = path

    def __enter__(self):
        _require_files()
        self.saved = os.getcwd()
        os.chdir(self.path)
        return os.getcwd()

    def __exit__(self, *exc):
        os.chdir(self.saved)
        return False


def create_empty_file(filename):
    """Create an empty file. If the file already exists, truncate it."""
    _require_files()
    open(filename, 'wb').close()


class FakePath:
    """Simple implementing of the path protocol."""

    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return '<FakePath {!r}>'.format(self.path)

    def __fspath__(self):
        if (isinstance(self.path, BaseException) or
                isinstance(self.path, type) and issubclass(self.path, BaseException)):
            raise self.path
        else:
            return self.path
