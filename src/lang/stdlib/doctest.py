"""doctest for gclab: finds a module's doctests and reports them as skipped.

Running a doctest needs exec() of each example with its output captured,
which gclab does not provide yet. DocTestSuite() therefore finds the same
tests CPython's DocTestFinder finds (the module docstring, the __test__
dict, and the docstrings of the module's functions and classes that hold
'>>>' examples), names them as CPython does, and each one reports
"skipped: doctest examples are not run by gclab".
"""

import sys
import unittest

__all__ = ['DocTestSuite', 'DocTestCase', 'SKIP_REASON']

SKIP_REASON = "doctest examples are not run by gclab (no exec of examples)"


class _FoundDocTest(object):
    """A docstring with examples: its dotted name and its text."""

    def __init__(self, name, docstring):
        self.name = name
        self.docstring = docstring

    def __lt__(self, other):
        return self.name < other.name


class DocTestCase(unittest.TestCase):
    """One docstring's examples, reported as a skipped test."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test = test
        self._dt_optionflags = optionflags
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown
        self._dt_checker = checker

    def runTest(self):
        self.skipTest(SKIP_REASON)

    def id(self):
        return self._dt_test.name

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    def __str__(self):
        return self.__repr__()

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._dt_test.name == other._dt_test.name

    def __hash__(self):
        return hash(self._dt_test.name)

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class _DocTestSuite(unittest.TestSuite):

    def _removeTestAtIndex(self, index):
        pass


def _has_examples(doc):
    return isinstance(doc, str) and '>>>' in doc


def _calling_module(depth):
    getframe = getattr(sys, '_getframe', None)
    if getframe is None:
        raise NotImplementedError("DocTestSuite() without a module needs sys._getframe")
    name = getframe(depth).f_globals['__name__']
    return sys.modules[name]


def _find(module):
    found = []
    module_name = module.__name__
    if _has_examples(getattr(module, '__doc__', None)):
        found.append(_FoundDocTest(module_name, module.__doc__))
    namespace = module.__dict__
    for key in list(namespace):
        value = namespace[key]
        if isinstance(value, type) or callable(value):
            if getattr(value, '__module__', None) != module_name:
                continue
            _find_in_object(found, '%s.%s' % (module_name, key), value, module_name, {})
    tests = namespace.get('__test__', {})
    for key in tests:
        value = tests[key]
        name = '%s.__test__.%s' % (module_name, key)
        if isinstance(value, str):
            if _has_examples(value):
                found.append(_FoundDocTest(name, value))
        else:
            _find_in_object(found, name, value, module_name, {})
    return found


def _find_in_object(found, name, obj, module_name, seen):
    if id(obj) in seen:
        return
    seen[id(obj)] = True
    if _has_examples(getattr(obj, '__doc__', None)):
        found.append(_FoundDocTest(name, obj.__doc__))
    if isinstance(obj, type):
        for key in list(obj.__dict__):
            value = obj.__dict__[key]
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            if (isinstance(value, type) or callable(value)) and \
                    getattr(value, '__module__', None) == module_name:
                _find_in_object(found, '%s.%s' % (name, key), value, module_name, seen)


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A suite of the module's doctests (each reported as skipped)."""
    if module is None:
        module = _calling_module(2)
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = _find(module)
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        suite.addTest(DocTestCase(test))
    return suite
