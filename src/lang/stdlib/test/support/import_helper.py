"""test.support.import_helper: import a module or skip the test."""

import sys
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    """Import and return the module to be tested, raising SkipTest if it is
    not available."""
    try:
        __import__(name)
        return sys.modules[name]
    except ImportError as msg:
        for prefix in required_on:
            if sys.platform.startswith(prefix):
                raise
        raise unittest.SkipTest(str(msg))


def unload(name):
    try:
        del sys.modules[name]
    except KeyError:
        pass


def forget(modname):
    """'Forget' a module was ever imported (its cached bytecode is not
    touched: gclab keeps none)."""
    unload(modname)


def _save_and_remove_modules(names):
    orig_modules = {}
    prefixes = tuple(name + '.' for name in names)
    for modname in list(sys.modules):
        if modname in names or modname.startswith(prefixes):
            orig_modules[modname] = sys.modules.pop(modname)
    return orig_modules


def import_fresh_module(name, fresh=(), blocked=(), *,
                        deprecated=False,
                        usefrozen=False,
                        ):
    """Import and return a fresh copy of the named module, bypassing
    sys.modules (the original module is not affected).

    *fresh* names modules removed from sys.modules too before the import; if
    one of them cannot be imported, None is returned (so
    import_fresh_module('heapq', fresh=['_heapq']) is None under gclab,
    which has no C accelerator modules). *blocked* names modules replaced
    by None during the import, so importing them raises ImportError.
    Everything named is put back in sys.modules afterwards. gclab has no
    frozen modules: usefrozen changes nothing.
    """
    import importlib
    import warnings
    with warnings.catch_warnings():
        if deprecated:
            warnings.filterwarnings("ignore", ".+ (module|package)",
                                    DeprecationWarning)
        fresh = list(fresh)
        blocked = list(blocked)
        names = {name, *fresh, *blocked}
        orig_modules = _save_and_remove_modules(names)
        for modname in blocked:
            sys.modules[modname] = None

        try:
            # Return None when one of the "fresh" modules can not be imported.
            try:
                for modname in fresh:
                    __import__(modname)
            except ImportError:
                return None
            return importlib.import_module(name)
        finally:
            _save_and_remove_modules(names)
            sys.modules.update(orig_modules)


class CleanImport(object):
    """with CleanImport("name"): the named modules are imported afresh in the
    block, and sys.modules is restored after it."""

    def __init__(self, *module_names):
        self.original_modules = dict(sys.modules)
        self.module_names = module_names

    def __enter__(self):
        for module_name in self.module_names:
            if module_name in sys.modules:
                del sys.modules[module_name]
        return self

    def __exit__(self, *ignore_exc):
        sys.modules.update(self.original_modules)
        return False


class DirsOnSysPath(object):
    """with DirsOnSysPath(*paths): the paths are added to sys.path."""

    def __init__(self, *paths):
        self.original_value = sys.path[:]
        self.original_object = sys.path
        sys.path.extend(paths)

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        sys.path = self.original_object
        sys.path[:] = self.original_value
        return False


def modules_setup():
    return (sys.modules.copy(),)


def modules_cleanup(oldmodules):
    sys.modules.update(oldmodules)
