"""TestLoader: makes suites from TestCase classes, modules and dotted names.

As CPython 3.11's Lib/unittest/loader.py: test methods are the callable
attributes whose names start with testMethodPrefix ('test'), sorted by name;
a module's TestCase subclasses are taken in dir() order; a module-level
load_tests(loader, tests, pattern) has the last word; -k patterns match the
full 'module.Class.method' name as fnmatch patterns ('*PATTERN*' when the
pattern has no wildcard). Directory discovery (unittest discover) is not
provided: gclab runs one test file at a time.
"""

import sys

from . import case, suite, util

__unittest = True

_ModuleType = type(sys)


def _function():
    pass


_FunctionType = type(_function)


def _format_exc():
    from .result import _format_exception
    exctype, value, tb = sys.exc_info()
    try:
        return ''.join(_format_exception(exctype, value, tb))
    finally:
        exctype = value = tb = None


class _FailedTest(case.TestCase):
    """A test standing for a name that could not be loaded: it raises the
    loading error when run."""

    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        case.TestCase.__init__(self, method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError("'%s' object has no attribute '%s'"
                                 % (type(self).__name__, name))
        exception = self._exception

        def testFailure():
            raise exception
        return testFailure


def _make_failed_import_test(name, suiteClass):
    message = 'Failed to import test module: %s\n%s' % (name, _format_exc())
    return _make_failed_test(name, ImportError(message), suiteClass, message)


def _make_failed_load_tests(name, exception, suiteClass):
    message = 'Failed to call load_tests:\n%s' % (_format_exc(),)
    return _make_failed_test(name, exception, suiteClass, message)


def _make_failed_test(methodname, exception, suiteClass, message):
    test = _FailedTest(methodname, exception)
    return suiteClass((test,)), message


def three_way_cmp(x, y):
    """Return -1 if x < y, 0 if x == y and 1 if x > y"""
    return (x > y) - (x < y)


class _CmpKey(object):
    """functools.cmp_to_key, for a loader's sortTestMethodsUsing."""

    def __init__(self, cmp, obj):
        self.cmp = cmp
        self.obj = obj

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0


def fnmatchcase(name, pattern):
    """fnmatch.fnmatchcase: '*' any run, '?' one character, '[seq]'/'[!seq]'."""
    return _match_from(name, 0, pattern, 0)


def _match_from(name, i, pattern, j):
    n = len(name)
    m = len(pattern)
    while j < m:
        c = pattern[j]
        if c == '*':
            while j < m and pattern[j] == '*':
                j += 1
            if j == m:
                return True
            k = i
            while k <= n:
                if _match_from(name, k, pattern, j):
                    return True
                k += 1
            return False
        if i >= n:
            return False
        if c == '?':
            i += 1
            j += 1
            continue
        if c == '[':
            end, matched = _match_class(name[i], pattern, j)
            if end < 0:
                # an unclosed '[' is a literal character
                if name[i] != '[':
                    return False
                i += 1
                j += 1
                continue
            if not matched:
                return False
            i += 1
            j = end
            continue
        if name[i] != c:
            return False
        i += 1
        j += 1
    return i == n


def _match_class(ch, pattern, j):
    """(index after the closing ']', whether ch is in the class) or (-1, False)."""
    m = len(pattern)
    k = j + 1
    negate = False
    if k < m and pattern[k] == '!':
        negate = True
        k += 1
    if k < m and pattern[k] == ']':
        k += 1
    while k < m and pattern[k] != ']':
        k += 1
    if k >= m:
        return -1, False
    body = pattern[j + 1:k]
    if negate:
        body = body[1:]
    matched = False
    p = 0
    while p < len(body):
        if p + 2 < len(body) and body[p + 1] == '-':
            if body[p] <= ch <= body[p + 2]:
                matched = True
            p += 3
        else:
            if body[p] == ch:
                matched = True
            p += 1
    return k + 1, matched != negate


class TestLoader(object):
    """Loads tests by class, module or name and wraps them in a TestSuite."""

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from "
                            "TestSuite. Maybe you meant to derive from "
                            "TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            # We don't load any tests from base types that should not be loaded.
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        tests = []
        for name in testCaseNames:
            tests.append(testCaseClass(name))
        return self.suiteClass(tests)

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module"""
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        kws.pop('use_load_tests', None)
        if len(kws) != 0:
            complaint = sorted(kws)[0]
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(complaint))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if (isinstance(obj, type) and issubclass(obj, case.TestCase)
                    and obj not in (case.TestCase, case.FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_load_tests(
                    module.__name__, e, self.suiteClass)
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """Return a suite of all test cases given a string specifier: a
        module, a TestCase class, a test method of one, or a callable
        returning a TestCase or TestSuite (relative to module if given)."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    # Last error so we can give it to the user if needed.
                    error_case, error_message = _make_failed_import_test(
                        next_attribute, self.suiteClass)
                    if not parts_copy:
                        # Even the top level import failed: report that error.
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if getattr(obj, '__path__', None) is not None and error_case is not None:
                    # A package: report the ImportError, more informative.
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (_format_exc(),))
                self.errors.append(error_message)
                return error_case

        if isinstance(obj, _ModuleType):
            return self.loadTestsFromModule(obj)
        elif (isinstance(obj, type) and issubclass(obj, case.TestCase)
                and obj not in (case.TestCase, case.FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        elif (isinstance(obj, _FunctionType) and isinstance(parent, type)
                and issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            # static methods follow a different path
            if not isinstance(getattr(inst, name), _FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites loadTestsFromName gives for each name."""
        suites = []
        for name in names:
            suites.append(self.loadTestsFromName(name, module))
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass"""
        names = []
        for attrname in dir(testCaseClass):
            if self._shouldIncludeMethod(testCaseClass, attrname):
                names.append(attrname)
        cmp = self.sortTestMethodsUsing
        if cmp:
            if cmp is three_way_cmp:
                names.sort()
            else:
                keyed = []
                for name in names:
                    keyed.append(_CmpKey(cmp, name))
                keyed.sort()
                names = []
                for key in keyed:
                    names.append(key.obj)
        return names

    def _shouldIncludeMethod(self, testCaseClass, attrname):
        if not attrname.startswith(self.testMethodPrefix):
            return False
        testFunc = getattr(testCaseClass, attrname)
        if not callable(testFunc):
            return False
        if self.testNamePatterns is None:
            return True
        fullName = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__,
                                 attrname)
        for pattern in self.testNamePatterns:
            if fnmatchcase(fullName, pattern):
                return True
        return False

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("test discovery is not supported by gclab's "
                                  "unittest: run one test file at a time")


defaultTestLoader = TestLoader()
