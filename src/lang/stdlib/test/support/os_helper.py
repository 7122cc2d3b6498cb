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


# ---- More of CPython 3.11's os_helper (test_argparse, ...) ----

import collections.abc as _abc
import contextlib as _contextlib

TESTFN_UNICODE = TESTFN_ASCII + "-\xe0\xf2\u0258\u0141\u011f"
TESTFN_UNENCODABLE = None
TESTFN_UNDECODABLE = None
FS_NONASCII = ''


def can_symlink():
    """Whether os.symlink works (not in gclab's simulated file system)."""
    return os is not None and hasattr(os, 'symlink')


def skip_unless_symlink(test):
    """Skip decorator for tests that require functional symlink"""
    return test if can_symlink() else unittest.skip("Requires functional symlink implementation")(test)


def can_chmod():
    """Whether os.chmod changes the mode bits os.stat reports."""
    if os is None or not hasattr(os, 'chmod') or not hasattr(os, 'chown'):
        return False
    import stat
    try:
        with open(TESTFN, "wb"):
            try:
                os.chmod(TESTFN, 0o777)
                mode1 = os.stat(TESTFN).st_mode
                os.chmod(TESTFN, 0o666)
                mode2 = os.stat(TESTFN).st_mode
            except OSError:
                return False
            return stat.S_IMODE(mode1) != stat.S_IMODE(mode2)
    finally:
        unlink(TESTFN)


def skip_unless_working_chmod(test):
    """Skip tests that require working os.chmod()"""
    return test if can_chmod() else unittest.skip("requires working os.chmod()")(test)


@_contextlib.contextmanager
def temp_cwd(name='tempcwd', quiet=False):
    """A temporary directory made the current directory for the block."""
    with temp_dir(path=name, quiet=quiet) as temp_path:
        with change_cwd(temp_path, quiet=quiet) as cwd_dir:
            yield cwd_dir


class EnvironmentVarGuard(_abc.MutableMapping):
    """Restores the environment variables it changed (a context manager)."""

    def __init__(self):
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def keys(self):
        return self._environ.keys()

    def __iter__(self):
        return iter(self._environ)

    def __len__(self):
        return len(self._environ)

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def copy(self):
        return dict(self)

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        for (k, v) in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
        os.environ = self._environ


def can_dac_override():
    """Whether the user bypasses file permission checks (never: os.chmod
    changes no permission gclab's simulated files check)."""
    return False


def skip_if_dac_override(test):
    ok = not can_dac_override()
    msg = "incompatible with CAP_DAC_OVERRIDE"
    return test if ok else unittest.skip(msg)(test)


def skip_unless_dac_override(test):
    ok = can_dac_override()
    msg = "requires CAP_DAC_OVERRIDE"
    return test if ok else unittest.skip(msg)(test)


def can_xattr():
    return False


def skip_unless_xattr(test):
    """Skip decorator for tests that require functional extended attributes"""
    return unittest.skip("no non-broken extended attribute support")(test)
