"""test.support for gclab: the helpers CPython's weakref and gc tests use.

The names and behaviour follow CPython 3.11's Lib/test/support/__init__.py.
Where a helper needs what gclab does not simulate (threads, subprocesses
other than a Python child, the C API through _testcapi or ctypes, files),
the test that reaches it is skipped with a reason that says so.

gclab runs CPython 3.11's reference counting and collector, so
check_impl_detail() and cpython_only treat gclab as CPython: the tests that
check a CPython GC detail run. A cpython_only test that imports a C-API-only
module (_testcapi, _testinternalcapi, ctypes) is skipped instead of failing.
"""

import sys
import unittest

__all__ = [
    "verbose", "use_resources", "is_resource_enabled", "requires",
    "requires_resource", "ResourceDenied", "TestFailed", "Error",
    "gc_collect", "disable_gc", "cpython_only", "impl_detail",
    "check_impl_detail", "refcount_test", "no_tracing", "requires_subprocess", "requires_working_socket", "has_socket_support",
    "has_subprocess_support", "swap_attr", "swap_item", "captured_output",
    "captured_stdout", "captured_stderr", "captured_stdin", "ALWAYS_EQ",
    "NEVER_EQ", "LARGEST", "SMALLEST", "Py_DEBUG", "SuppressCrashReport",
    "is_jython", "is_android", "is_emscripten", "is_wasi", "MISSING_C_DOCSTRINGS",
    "HAVE_DOCSTRINGS", "requires_docstrings", "run_unittest",
    "C_RECURSION_LIMIT", "SHORT_TIMEOUT", "LOOPBACK_TIMEOUT",
    "INTERNET_TIMEOUT", "LONG_TIMEOUT", "python_is_optimized",
    "check_syntax_error", "bigmemtest", "bigaddrspacetest", "get_attribute",
    "requires_IEEE_754", "anticipate_failure", "check__all__",
    "detect_api_mismatch", "check_disallow_instantiation", "setswitchinterval",
    "run_with_locale", "infinite_recursion", "findfile", "sortdict",
    "MS_WINDOWS", "PGO", "TestDidNotRun", "max_memuse", "failfast",
    "captured_stdin",
]

verbose = 1              # Flag set to 0 by regrtest.py
use_resources = None     # Flag set to [] by regrtest.py
max_memuse = 0
real_max_memuse = 0
junit_xml_list = None
failfast = False

SHORT_TIMEOUT = 30.0
LOOPBACK_TIMEOUT = 5.0
INTERNET_TIMEOUT = 60.0
LONG_TIMEOUT = 5 * 60.0

C_RECURSION_LIMIT = 1500

_implementation = getattr(getattr(sys, 'implementation', None), 'name', 'cpython')
# gclab simulates CPython 3.11's object lifetimes: it counts as CPython here.
_IMPL_NAME = 'cpython' if _implementation == 'gclab' else _implementation
IS_GCLAB = _implementation == 'gclab'

_platform = getattr(sys, 'platform', 'linux')
is_jython = _platform.startswith('java')
is_android = False
is_emscripten = _platform == "emscripten"
is_wasi = _platform == "wasi"

Py_DEBUG = hasattr(sys, 'gettotalrefcount')
MS_WINDOWS = _platform == 'win32'
PGO = False
PGO_EXTENDED = False


def _support_dirs():
    """TEST_SUPPORT_DIR, TEST_HOME_DIR, STDLIB_DIR and REPO_ROOT, computed from
    this file's path as CPython's test.support computes them."""
    try:
        import os
        support_dir = os.path.dirname(os.path.abspath(__file__))
    except (ImportError, NameError):
        return '', '', '', ''
    home = os.path.dirname(support_dir)
    stdlib = os.path.dirname(home)
    return support_dir, home, stdlib, os.path.dirname(stdlib)


TEST_SUPPORT_DIR, TEST_HOME_DIR, STDLIB_DIR, REPO_ROOT = _support_dirs()


def _has_subprocess_support():
    # gclab's subprocess runs Python children (a fresh gclab interpreter).
    return not is_emscripten and not is_wasi


has_subprocess_support = _has_subprocess_support()


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class TestDidNotRun(Error):
    """Test did not run any subtests."""


class ResourceDenied(unittest.SkipTest):
    """Test skipped because it requested a disallowed resource."""


def is_resource_enabled(resource):
    """Test whether a resource is enabled (all are when not run by regrtest)."""
    return use_resources is None or resource in use_resources


def requires(resource, msg=None):
    """Raise ResourceDenied if the specified resource is not available."""
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the %r resource not enabled" % resource
        raise ResourceDenied(msg)


def _id(obj):
    return obj


def requires_resource(resource):
    if is_resource_enabled(resource):
        return _id
    return unittest.skip("resource {0!r} is not enabled".format(resource))


# CPython's rule (no sockets only on Emscripten/WASI). gclab has no socket
# module: a test that opens one fails with ModuleNotFoundError instead of
# being skipped; asyncio's event loop, the reason most tests ask, needs
# none in gclab (its selector is simulated).
has_socket_support = not is_emscripten and not is_wasi


def requires_working_socket(*, module=False):
    """Skip tests or modules that require working sockets

    Can be used as a function/class decorator or to skip an entire module.
    """
    msg = "requires socket support"
    if module:
        if not has_socket_support:
            raise unittest.SkipTest(msg)
    else:
        return unittest.skipUnless(has_socket_support, msg)


def has_no_debug_ranges():
    """gclab's code objects carry no co_positions table (the columns of a
    traceback come from the tree): as CPython run with -X no_debug_ranges."""
    return True


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    return unittest.skipIf(has_no_debug_ranges(), reason)


def requires_subprocess():
    """Used for subprocess, os.spawn calls, fd inheritance (gclab's
    subprocess runs Python children)"""
    return unittest.skipUnless(has_subprocess_support, "requires subprocess support")


def _parse_guards(guards):
    # Returns a tuple ({platform_name: run_me}, default_value)
    if not guards:
        return ({'cpython': True}, False)
    values = list(guards.values())
    is_true = values[0]
    assert values == [is_true] * len(guards)   # all True or all False
    return (guards, not is_true)


def check_impl_detail(**guards):
    """True or False depending on the implementation running the test:
    check_impl_detail() is true only on CPython (and gclab),
    check_impl_detail(cpython=False) everywhere else."""
    guards, default = _parse_guards(guards)
    return guards.get(_IMPL_NAME, default)


# Modules that exist only to reach CPython's C API: a cpython_only test that
# imports one is skipped on gclab.
_C_API_MODULES = ('_testcapi', '_testinternalcapi', 'ctypes', '_ctypes')


def _skip_without_c_api(test):
    """Run test; on gclab, an ImportError for a C-API-only module skips it."""
    if not IS_GCLAB or isinstance(test, type):
        return test

    def wrapper(*args, **kwargs):
        try:
            return test(*args, **kwargs)
        except ImportError as exc:
            name = getattr(exc, 'name', None) or _quoted_name(str(exc))
            if name in _C_API_MODULES:
                raise unittest.SkipTest("needs %s: gclab does not simulate "
                                        "CPython's C API" % (name,)) from None
            raise
        except TypeError as exc:
            # the tests' own stand-in for a missing _testcapi helper:
            # "requires _testcapi.without_gc"
            text = str(exc)
            if text.startswith('requires _testcapi.'):
                raise unittest.SkipTest("needs %s: gclab does not simulate "
                                        "CPython's C API" % text[len('requires '):]) from None
            raise
        except AttributeError as exc:
            # gclab's _testcapi has only what the simulation can do (with_tp_del)
            text = str(exc)
            if text.startswith("module '_testcapi' has no attribute"):
                raise unittest.SkipTest("needs _testcapi.%s: gclab does not simulate "
                                        "CPython's C API" % text.split("'")[-2]) from None
            raise
    _copy_identity(wrapper, test)
    return wrapper


def _quoted_name(message):
    """The module an ImportError message names ("No module named 'x'",
    "cannot import name 'y' from 'x' (...)")."""
    parts = message.split("'")
    if message.startswith("No module named") and len(parts) >= 2:
        return parts[1].split('.')[0]
    if message.startswith("cannot import name") and len(parts) >= 4:
        return parts[3]
    return None


def _copy_identity(wrapper, wrapped):
    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _skip_without_c_api
    if msg is None:
        guardnames, default = _parse_guards(guards)
        if default:
            msg = "implementation detail not available on {0}"
        else:
            msg = "implementation detail specific to {0}"
        guardnames = sorted(guardnames.keys())
        msg = msg.format(' or '.join(guardnames))
    return unittest.skip(msg)


def cpython_only(test):
    """Decorator for tests only applicable on CPython."""
    return impl_detail(cpython=True)(test)


def no_tracing(func):
    """Decorator to temporarily turn off tracing for the duration of a test."""
    if not hasattr(sys, 'settrace'):
        # gclab: sys.gettrace exists (always None) but there is no settrace.
        return func

    def wrapper(*args, **kwargs):
        original_trace = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(original_trace)
    _copy_identity(wrapper, func)
    return wrapper


def refcount_test(test):
    """Decorator for tests which involve reference counting: CPython only,
    with no trace function set."""
    return no_tracing(cpython_only(test))


def gc_collect():
    """Force as many objects as possible to be collected."""
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


class disable_gc(object):
    """with disable_gc(): the cycle collector is off inside the block and
    back to its previous state after it."""

    def __enter__(self):
        import gc
        self.have_gc = gc.isenabled()
        gc.disable()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.have_gc:
            import gc
            gc.enable()
        return False


def python_is_optimized():
    """Find if Python was built with optimizations."""
    return True


class swap_attr(object):
    """with swap_attr(obj, "attr", 5): obj.attr is 5 inside the block and
    restored (or deleted, if it did not exist) after it. The as-target gets
    the old value (None if there was none)."""

    def __init__(self, obj, attr, new_val):
        self.obj = obj
        self.attr = attr
        self.new_val = new_val

    def __enter__(self):
        self.had_attr = hasattr(self.obj, self.attr)
        if self.had_attr:
            self.real_val = getattr(self.obj, self.attr)
            setattr(self.obj, self.attr, self.new_val)
            return self.real_val
        setattr(self.obj, self.attr, self.new_val)
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.had_attr:
            setattr(self.obj, self.attr, self.real_val)
            self.real_val = None
        elif hasattr(self.obj, self.attr):
            delattr(self.obj, self.attr)
        return False


class swap_item(object):
    """with swap_item(obj, "item", 5): obj["item"] is 5 inside the block."""

    def __init__(self, obj, item, new_val):
        self.obj = obj
        self.item = item
        self.new_val = new_val

    def __enter__(self):
        self.had_item = self.item in self.obj
        if self.had_item:
            self.real_val = self.obj[self.item]
            self.obj[self.item] = self.new_val
            return self.real_val
        self.obj[self.item] = self.new_val
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.had_item:
            self.obj[self.item] = self.real_val
            self.real_val = None
        elif self.item in self.obj:
            del self.obj[self.item]
        return False


class captured_output(object):
    """with captured_output("stdout") as s: sys.stdout is an io.StringIO
    inside the block."""

    def __init__(self, stream_name):
        self.stream_name = stream_name

    def __enter__(self):
        import io
        self.orig = getattr(sys, self.stream_name)
        self.stream = io.StringIO()
        setattr(sys, self.stream_name, self.stream)
        return self.stream

    def __exit__(self, exc_type, exc_value, tb):
        setattr(sys, self.stream_name, self.orig)
        self.orig = None
        return False


def captured_stdout():
    """Capture the output of sys.stdout (an io.StringIO)."""
    return captured_output("stdout")


def captured_stderr():
    """Capture the output of sys.stderr (an io.StringIO)."""
    return captured_output("stderr")


def captured_stdin():
    """Capture the input to sys.stdin (an io.StringIO)."""
    return captured_output("stdin")


class SuppressCrashReport(object):
    """Prevents a crash report from popping up. gclab never crashes the host
    process, so there is nothing to suppress."""

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        return None


class _ALWAYS_EQ:
    """Object that is equal to anything."""
    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _ALWAYS_EQ()


class _NEVER_EQ:
    """Object that is not equal to anything."""
    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NEVER_EQ()


class _LARGEST:
    """Object that is greater than anything (except itself)."""
    def __eq__(self, other):
        return isinstance(other, _LARGEST)

    def __lt__(self, other):
        return False

    def __le__(self, other):
        return isinstance(other, _LARGEST)

    def __gt__(self, other):
        return not isinstance(other, _LARGEST)

    def __ge__(self, other):
        return True

    __hash__ = object.__hash__


LARGEST = _LARGEST()


class _SMALLEST:
    """Object that is less than anything (except itself)."""
    def __eq__(self, other):
        return isinstance(other, _SMALLEST)

    def __gt__(self, other):
        return False

    def __ge__(self, other):
        return isinstance(other, _SMALLEST)

    def __lt__(self, other):
        return not isinstance(other, _SMALLEST)

    def __le__(self, other):
        return True

    __hash__ = object.__hash__


SMALLEST = _SMALLEST()


def has_no_debug_ranges():
    """Whether code objects lack column positions (python3 -X no_debug_ranges):
    gclab keeps them (co_positions, the carets of its tracebacks)."""
    return False


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    return unittest.skipIf(has_no_debug_ranges(), reason)


def _check_docstrings():
    """Just used to check if docstrings are enabled"""


MISSING_C_DOCSTRINGS = False
HAVE_DOCSTRINGS = _check_docstrings.__doc__ is not None
requires_docstrings = unittest.skipUnless(HAVE_DOCSTRINGS, "test requires docstrings")


def run_unittest(*classes):
    """Run the tests of the given TestCase classes (or modules by name)."""
    loader = unittest.TestLoader()
    suite = unittest.TestSuite()
    for cls in classes:
        if isinstance(cls, str):
            if cls in sys.modules:
                suite.addTest(loader.loadTestsFromModule(sys.modules[cls]))
            else:
                raise ValueError("str arguments must be keys in sys.modules")
        elif isinstance(cls, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(cls)
        else:
            suite.addTest(loader.loadTestsFromTestCase(cls))
    result = unittest.TextTestRunner(verbosity=2 if verbose else 0).run(suite)
    if not result.wasSuccessful():
        if len(result.errors) == 1 and not result.failures:
            err = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            err = result.failures[0][1]
        else:
            err = "multiple errors occurred"
        raise TestFailed(err)
    return result


def anticipate_failure(condition):
    """Decorator to mark a test that is known to be broken in some cases."""
    if condition:
        return unittest.expectedFailure
    return lambda f: f


def get_attribute(obj, name):
    """Get an attribute, raising SkipTest if AttributeError is raised."""
    try:
        attribute = getattr(obj, name)
    except AttributeError:
        raise unittest.SkipTest("object %r has no attribute %r" % (obj, name))
    else:
        return attribute


def findfile(filename, subdir=None):
    """Try to find a file on sys.path or in the test directory; the argument
    itself when it is not found."""
    import os
    if os.path.isabs(filename):
        return filename
    if subdir is not None:
        filename = os.path.join(subdir, filename)
    path = [TEST_HOME_DIR] + list(getattr(sys, 'path', ()))
    for dn in path:
        fn = os.path.join(dn, filename)
        if os.path.exists(fn):
            return fn
    return filename


def sortdict(dict):
    "Like repr(dict), but in sorted order."
    items = sorted(dict.items())
    reprpairs = ["%r: %r" % pair for pair in items]
    withcommas = ", ".join(reprpairs)
    return "{%s}" % withcommas


def check_syntax_error(testcase, statement, errtext='', *, lineno=None, offset=None):
    """compile(statement) must raise a SyntaxError matching errtext, with a
    line number and an offset (checked when given)."""
    with testcase.assertRaisesRegex(SyntaxError, errtext) as cm:
        compile(statement, '<test string>', 'exec')
    err = cm.exception
    testcase.assertIsNotNone(err.lineno)
    if lineno is not None:
        testcase.assertEqual(err.lineno, lineno)
    testcase.assertIsNotNone(err.offset)
    if offset is not None:
        testcase.assertEqual(err.offset, offset)


# The object header sizes of a 64-bit release build (struct codes as in
# CPython's test.support).
_header = 'nP'
_align = '0n'
_vheader = _header + 'n'


def calcobjsize(fmt):
    """The size of an object with the fixed-size fields fmt (struct codes)."""
    import struct
    return struct.calcsize(_header + fmt + _align)


def calcvobjsize(fmt):
    """The size of a variable-size object with the fields fmt."""
    import struct
    return struct.calcsize(_vheader + fmt + _align)


_TPFLAGS_HAVE_GC = 1<<14
_TPFLAGS_HEAPTYPE = 1<<9


def check_sizeof(test, o, size):
    """sys.getsizeof(o) must be size plus the GC header. It needs
    _testinternalcapi (SIZEOF_PYGC_HEAD), which gclab does not have: the
    test is skipped, as CPython skips it without that module."""
    try:
        import _testinternalcapi
    except ImportError:
        raise unittest.SkipTest("_testinternalcapi required")
    result = sys.getsizeof(o)
    if ((type(o) == type) and (o.__flags__ & _TPFLAGS_HEAPTYPE) or
            ((type(o) != type) and (type(o).__flags__ & _TPFLAGS_HAVE_GC))):
        size += _testinternalcapi.SIZEOF_PYGC_HEAD
    msg = 'wrong size for %s: got %d, expected %d' % (type(o), result, size)
    test.assertEqual(result, size, msg)


def _float_is_ieee754():
    # gclab's floats are the host's IEEE 754 doubles.
    getformat = getattr(float, '__getformat__', None)
    if getformat is None:
        return True
    return getformat("double").startswith("IEEE")


requires_IEEE_754 = unittest.skipUnless(_float_is_ieee754(),
                                        "test requires IEEE 754 doubles")


class run_with_locale(object):
    """Run a function (as a decorator) or a with block in the first of the
    given locales that can be set. gclab has no locale module: as in CPython
    when the current locale cannot be read, nothing is changed."""

    def __init__(self, catstr, *locales):
        self.catstr = catstr
        self.locales = locales
        self.locale = None
        self.orig_locale = None

    def __enter__(self):
        try:
            import locale
            category = getattr(locale, self.catstr)
            orig_locale = locale.setlocale(category)
        except AttributeError:
            raise
        except:
            return None
        self.locale = locale
        self.orig_locale = orig_locale
        for loc in self.locales:
            try:
                locale.setlocale(category, loc)
                break
            except:
                pass
        return None

    def __exit__(self, *exc_info):
        if self.locale and self.orig_locale:
            self.locale.setlocale(getattr(self.locale, self.catstr), self.orig_locale)
        self.locale = self.orig_locale = None
        return False

    def __call__(self, func):
        catstr = self.catstr
        locales = self.locales

        def inner(*args, **kwds):
            with run_with_locale(catstr, *locales):
                return func(*args, **kwds)
        _copy_identity(inner, func)
        return inner


# Big-memory tests: without -M (regrtest's memory limit) CPython runs a
# dry run at size 5147, or skips the test when it cannot be dry-run.
_1M = 1024*1024
_1G = 1024 * _1M
_2G = 2 * _1G
_4G = 4 * _1G

MAX_Py_ssize_t = sys.maxsize


def bigmemtest(size, memuse, dry_run=True):
    """Decorator for bigmem tests: the test gets a small size (a dry run),
    or is skipped when dry_run is false."""
    def decorator(f):
        def wrapper(self):
            size = wrapper.size
            memuse = wrapper.memuse
            if not real_max_memuse:
                maxsize = 5147
            else:
                maxsize = size
            if ((real_max_memuse or not dry_run)
                    and real_max_memuse < maxsize * memuse):
                raise unittest.SkipTest(
                    "not enough memory: %.1fG minimum needed"
                    % (size * memuse / (1024 ** 3)))
            return f(self, maxsize)
        wrapper.size = size
        wrapper.memuse = memuse
        return wrapper
    return decorator


def bigaddrspacetest(f):
    """Decorator for tests that fill the address space: skipped without -M."""
    def wrapper(self):
        if max_memuse < MAX_Py_ssize_t:
            if MAX_Py_ssize_t >= 2**63 - 1 and max_memuse >= 2**31:
                raise unittest.SkipTest(
                    "not enough memory: try a 32-bit build instead")
            else:
                raise unittest.SkipTest(
                    "not enough memory: %.1fG minimum needed"
                    % (MAX_Py_ssize_t / (1024 ** 3)))
        else:
            return f(self)
    return wrapper


def run_with_tz(tz):
    """Decorator running a test with the TZ environment variable set to
    `tz`: it needs time.tzset, which gclab's time (always UTC) does not
    have, so the test is skipped, as CPython skips it without tzset."""
    def decorator(func):
        def inner(*args, **kwds):
            import time
            try:
                tzset = time.tzset
            except AttributeError:
                raise unittest.SkipTest("tzset required")
            return func(*args, **kwds)
        inner.__name__ = func.__name__
        inner.__doc__ = func.__doc__
        return inner
    return decorator


_buggy_ucrt = None


def skip_if_buggy_ucrt_strfptime(test):
    """Skip decorator for tests that use buggy strptime/strftime (Windows'
    UCRT: never here, as python3 on Linux)."""
    global _buggy_ucrt
    if _buggy_ucrt is None:
        _buggy_ucrt = False
    return unittest.skip("buggy MSVC UCRT strptime/strftime")(test) if _buggy_ucrt else test


def skip_if_pgo_task(test):
    """Skip decorator for tests not run in (non-extended) PGO task"""
    ok = not PGO or PGO_EXTENDED
    msg = "Not run for (non-extended) PGO task"
    return test if ok else unittest.skip(msg)(test)


def detect_api_mismatch(ref_api, other_api, *, ignore=()):
    """The names of ref_api missing from other_api (public names and dunder
    names), minus ignore."""
    missing_items = set(dir(ref_api)) - set(dir(other_api))
    if ignore:
        missing_items -= set(ignore)
    missing_items = set(m for m in missing_items
                        if not m.startswith('_') or m.endswith('__'))
    return missing_items


def check__all__(test_case, module, name_of_module=None, extra=(),
                 not_exported=()):
    """Assert that the __all__ variable of 'module' contains all public names
    defined in it."""
    import types
    if name_of_module is None:
        name_of_module = (module.__name__, )
    elif isinstance(name_of_module, str):
        name_of_module = (name_of_module, )
    expected = set(extra)
    for name in dir(module):
        if name.startswith('_') or name in not_exported:
            continue
        obj = getattr(module, name)
        if (getattr(obj, '__module__', None) in name_of_module or
                (not hasattr(obj, '__module__') and
                 not isinstance(obj, types.ModuleType))):
            expected.add(name)
    test_case.assertCountEqual(module.__all__, expected)


def check_free_after_iterating(test, iter, cls, args=()):
    """An iterator over an instance of a subclass of cls releases it when it
    is exhausted (issue 26494): its __del__ runs, and calls next() again."""
    done = False

    class A(cls):
        def __del__(self):
            nonlocal done
            done = True
            try:
                next(it)
            except StopIteration:
                pass

    it = iter(A(*args))
    # Issue 26494: Shouldn't crash
    test.assertRaises(StopIteration, next, it)
    # The sequence should be deallocated just after the end of iterating
    gc_collect()
    test.assertTrue(done)


def setswitchinterval(interval):
    """sys.setswitchinterval(interval)."""
    return sys.setswitchinterval(interval)


# Helpers for testing hashing.
NHASHBITS = sys.hash_info.width # number of bits in hash() result


def collision_stats(nbins, nballs):
    """Mean and standard deviation of the number of collisions when tossing
    nballs balls uniformly at random into nbins bins (computed in decimal,
    as CPython's test.support does)."""
    import decimal
    n, k = nbins, nballs
    with decimal.localcontext() as ctx:
        bits = n.bit_length() * 2  # bits in n**2
        ctx.prec = max(bits, 30)
        dn = decimal.Decimal(n)
        p1empty = ((dn - 1) / dn) ** k
        meanempty = n * p1empty
        occupied = n - meanempty
        collisions = k - occupied
        var = dn*(dn-1)*((dn-2)/dn)**k + meanempty * (1 - meanempty)
        return float(collisions), float(var.sqrt())


class catch_unraisable_exception:
    """Context manager catching an unraisable exception through
    sys.unraisablehook: cm.unraisable is the hook's argument. Exiting deletes
    it (it holds the exception, a reference cycle, and may hold an object
    being finalized)."""

    def __init__(self):
        self.unraisable = None
        self._old_hook = None

    def _hook(self, unraisable):
        self.unraisable = unraisable

    def __enter__(self):
        self._old_hook = sys.unraisablehook
        sys.unraisablehook = self._hook
        return self

    def __exit__(self, *exc_info):
        sys.unraisablehook = self._old_hook
        del self.unraisable


def check_disallow_instantiation(testcase, tp, *args, **kwds):
    """Check that tp cannot be instantiated with *args and **kwds."""
    import re
    mod = tp.__module__
    name = tp.__name__
    if mod != 'builtins':
        qualname = f"{mod}.{name}"
    else:
        qualname = f"{name}"
    msg = f"cannot create '{re.escape(qualname)}' instances"
    testcase.assertRaisesRegex(TypeError, msg, tp, *args, **kwds)


def get_recursion_depth():
    """The recursion depth of the caller function (1 at a module's top
    level), counted along frame.f_back."""
    depth = 0
    frame = sys._getframe()
    try:
        while frame is not None:
            depth += 1
            frame = frame.f_back
    finally:
        frame = None
    # Ignore get_recursion_depth() frame.
    return max(depth - 1, 1)


def get_recursion_available():
    """The number of frames available before RecursionError."""
    return sys.getrecursionlimit() - get_recursion_depth()


class set_recursion_limit(object):
    """with set_recursion_limit(n): sys.getrecursionlimit() is n inside the
    block."""

    def __init__(self, limit):
        self.limit = limit
        self.original_limit = None

    def __enter__(self):
        self.original_limit = sys.getrecursionlimit()
        sys.setrecursionlimit(self.limit)
        return None

    def __exit__(self, *exc_info):
        sys.setrecursionlimit(self.original_limit)
        return False


def infinite_recursion(max_depth=100):
    """A recursion limit max_depth frames above the caller's depth, for tests
    that recurse without end."""
    if max_depth < 4:
        raise ValueError("max_depth must be at least 4, got {max_depth}")
    depth = get_recursion_depth()
    depth = max(depth - 1, 1)  # Ignore infinite_recursion() frame.
    limit = depth + max_depth
    return set_recursion_limit(limit)



# ---- More of CPython 3.11's helpers (test_random, test_csv, test_argparse, ...) ----

import contextlib
import functools as _functools
import os as _os

TEST_SUPPORT_DIR = _os.path.dirname(_os.path.abspath(__file__))
TEST_HOME_DIR = _os.path.dirname(TEST_SUPPORT_DIR)
STDLIB_DIR = _os.path.dirname(TEST_HOME_DIR)
REPO_ROOT = _os.path.dirname(STDLIB_DIR)
TEST_DATA_DIR = _os.path.join(TEST_HOME_DIR, "data")

# gclab has no os.fork (one simulated process).
has_fork_support = hasattr(_os, "fork") and not is_emscripten and not is_wasi


def requires_fork():
    return unittest.skipUnless(has_fork_support, "requires working os.fork()")


# _testcapi.unicode_legacy_string: the legacy Unicode C API is not simulated.
requires_legacy_unicode_capi = unittest.skipUnless(None, 'requires legacy Unicode C API')

# A constant likely larger than the underlying OS pipe / socket buffer size.
PIPE_MAX_SIZE = 4 * 1024 * 1024 + 1
SOCK_MAX_SIZE = 16 * 1024 * 1024 + 1


def _requires_module(name, reason):
    try:
        __import__(name)
    except ImportError:
        return unittest.skip(reason)
    return unittest.skipUnless(True, reason)


def requires_zlib(reason='requires zlib'):
    return _requires_module('zlib', reason)


def requires_gzip(reason='requires gzip'):
    return _requires_module('gzip', reason)


def requires_bz2(reason='requires bz2'):
    return _requires_module('bz2', reason)


def requires_lzma(reason='requires lzma'):
    return _requires_module('lzma', reason)


def check_sanitizer(*, address=False, memory=False, ub=False):
    """Returns True if Python is compiled with sanitizer support (never here)."""
    if not (address or memory or ub):
        raise ValueError('At least one of address, memory, or ub must be True')
    return False


def skip_if_sanitizer(reason=None, *, address=False, memory=False, ub=False):
    """Decorator raising SkipTest if running with a sanitizer active."""
    if not reason:
        reason = 'not working with sanitizers active'
    return unittest.skipIf(check_sanitizer(address=address, memory=memory, ub=ub), reason)


HAVE_ASAN_FORK_BUG = False


def _requires_unix_version(sysname, min_version):
    import platform
    min_version_txt = '.'.join(map(str, min_version))
    version_txt = platform.release().split('-', 1)[0]
    skip = False
    if platform.system() == sysname:
        try:
            version = tuple(map(int, version_txt.split('.')))
        except ValueError:
            skip = False
        else:
            skip = version < min_version
    return unittest.skipIf(skip, f"{sysname} version {min_version_txt} or higher required, not {version_txt}")


def requires_freebsd_version(*min_version):
    return _requires_unix_version('FreeBSD', min_version)


def requires_linux_version(*min_version):
    return _requires_unix_version('Linux', min_version)


def requires_mac_ver(*min_version):
    def decorator(func):
        @_functools.wraps(func)
        def wrapper(*args, **kw):
            return func(*args, **kw)
        wrapper.min_version = min_version
        return wrapper
    return decorator


def skip_if_buildbot(reason=None):
    """Decorator raising SkipTest if running on a buildbot (never here)."""
    return unittest.skipIf(False, reason or 'not suitable for buildbots')


def run_with_tz(tz):
    def decorator(func):
        @_functools.wraps(func)
        def inner(*args, **kwds):
            import time
            if not hasattr(time, 'tzset'):
                raise unittest.SkipTest("tzset required")
            return func(*args, **kwds)
        return inner
    return decorator


@contextlib.contextmanager
def adjust_int_max_str_digits(max_digits):
    """Temporarily change the integer string conversion length limit."""
    current = sys.get_int_max_str_digits()
    try:
        sys.set_int_max_str_digits(max_digits)
        yield
    finally:
        sys.set_int_max_str_digits(current)


def load_package_tests(pkg_dir, loader, standard_tests, pattern):
    """Generic load_tests implementation for simple test packages."""
    if pattern is None:
        pattern = "test*"
    top_dir = STDLIB_DIR
    package_tests = loader.discover(start_dir=pkg_dir, top_level_dir=top_dir, pattern=pattern)
    standard_tests.addTests(package_tests)
    return standard_tests
class adjust_int_max_str_digits:
    """Temporarily change the integer string conversion length limit
    (CPython's is a contextlib.contextmanager doing the same)."""

    def __init__(self, max_digits):
        self.max_digits = max_digits

    def __enter__(self):
        self.current = sys.get_int_max_str_digits()
        sys.set_int_max_str_digits(self.max_digits)
        return None

    def __exit__(self, *exc_info):
        sys.set_int_max_str_digits(self.current)
        return False
