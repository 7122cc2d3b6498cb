"""doctest for gclab: finds a module's doctests and runs their examples.

Written for gclab after CPython 3.11's Lib/doctest.py, reduced to what
DocTestSuite() needs: DocTestFinder's search (the module docstring, the
__test__ dict, and the docstrings of the module's functions and classes),
DocTestParser's examples (a '>>>' line, its '...' continuation lines, then
the expected output up to a blank line or the next '>>>'), and
DocTestRunner's run of each example: compiled in 'single' mode and executed
in the test's globals (a copy of the module's namespace) with sys.stdout
captured, the output compared as OutputChecker does without option flags
(exact text, True/False for 1/0, <BLANKLINE>), an expected exception
compared by its last line. A failing example fails its test with a report
in CPython's words. DocTestCase clears the globals after the test, as
CPython's tearDown does, so what the examples made dies there.

Where the interpreter has no compile()/exec(), each test reports
"skipped: doctest examples are not run by gclab (no exec of examples)".
"""

import sys
import unittest

__all__ = ['DocTestSuite', 'DocTestCase', 'DocTestParser', 'Example', 'SKIP_REASON']

SKIP_REASON = "doctest examples are not run by gclab (no exec of examples)"


class _FoundDocTest(object):
    """A docstring with examples: its dotted name, its text, its globals."""

    def __init__(self, name, docstring, filename=None):
        self.name = name
        self.docstring = docstring
        self.filename = filename
        self.globs = {}

    def __lt__(self, other):
        return self.name < other.name


class Example(object):
    """One example: its source (ending in a newline), the expected output,
    the expected exception's last line (or None), its line number in the
    docstring (0-based) and its indentation."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent


def _indent_of(line):
    return len(line) - len(line.lstrip(' '))


def _is_ps1(stripped):
    return stripped == '>>>' or stripped.startswith('>>> ')


def _is_ps2(stripped):
    return stripped == '...' or stripped.startswith('... ')


def _exc_msg_of(want):
    """The expected exception's message: what follows the traceback header
    and the indented stack lines (DocTestParser._EXCEPTION_RE)."""
    lines = want.split('\n')
    if not lines or not (lines[0].startswith('Traceback (most recent call last):') or
                         lines[0].startswith('Traceback (innermost last):')):
        return None
    i = 1
    while i < len(lines) and (lines[i].startswith(' ') or lines[i].startswith('\t')):
        i += 1
    return '\n'.join(lines[i:])


class DocTestParser(object):
    """Splits a docstring into its examples."""

    def get_examples(self, string, name='<string>'):
        lines = string.expandtabs().split('\n')
        examples = []
        i = 0
        while i < len(lines):
            stripped = lines[i].lstrip(' ')
            if not _is_ps1(stripped):
                i += 1
                continue
            indent = _indent_of(lines[i])
            lineno = i
            source = [stripped[4:]]
            i += 1
            while i < len(lines) and lines[i][:indent].strip() == '' and _is_ps2(lines[i][indent:]):
                source.append(lines[i][indent + 4:])
                i += 1
            want = []
            while i < len(lines):
                line = lines[i]
                if line.strip() == '' or _is_ps1(line.lstrip(' ')):
                    break
                want.append(line[indent:] if line[:indent].strip() == '' else line.lstrip(' '))
                i += 1
            want_text = '\n'.join(want)
            # _IS_BLANK_OR_COMMENT: an example whose source is one blank or comment line is dropped.
            if len(source) == 1 and (source[0].strip() == '' or source[0].lstrip(' ').startswith('#')):
                continue
            examples.append(Example('\n'.join(source), want_text, _exc_msg_of(want_text),
                                    lineno=lineno, indent=indent))
        return examples


def _check_output(want, got):
    """OutputChecker.check_output with no option flags."""
    if got == want:
        return True
    if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
        return True
    want = '\n'.join('' if line.rstrip() == '<BLANKLINE>' else line for line in want.split('\n'))
    got = '\n'.join('' if line.strip() == '' else line for line in got.split('\n'))
    return got == want


def _exception_only(exc):
    """traceback.format_exception_only(type(exc), exc)[-1]."""
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    text = str(exc)
    return '%s: %s\n' % (name, text) if text else name + '\n'


class _SpoofOut(object):
    """Where sys.stdout points while an example runs."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)

    def truncate(self):
        self.parts = []


def _can_run_examples():
    import builtins
    return hasattr(builtins, 'compile') and hasattr(builtins, 'exec')


class DocTestCase(unittest.TestCase):
    """One docstring's examples as a test case."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_test = test
        self._dt_optionflags = optionflags
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown
        self._dt_checker = checker
        self._dt_globs = test.globs.copy()

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        # The examples' objects die here, as in CPython's DocTestCase.tearDown.
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        if not _can_run_examples():
            self.skipTest(SKIP_REASON)
        failures, tries = self._run_examples()
        if failures:
            self.fail(self.format_failure(failures, tries))

    def _run_examples(self):
        test = self._dt_test
        examples = DocTestParser().get_examples(test.docstring, test.name)
        filename = '<doctest %s[%%d]>' % test.name
        failures = []
        saved_stdout = sys.stdout
        spoof = _SpoofOut()
        try:
            for n, example in enumerate(examples):
                spoof.truncate()
                sys.stdout = spoof
                exc_msg = None
                try:
                    code = compile(example.source, filename % n, 'single', 0, True)
                    exec(code, test.globs)
                except KeyboardInterrupt:
                    raise
                except BaseException as e:
                    exc_msg = _exception_only(e)
                finally:
                    sys.stdout = saved_stdout
                got = spoof.getvalue()
                if exc_msg is None:
                    ok = _check_output(example.want, got)
                    problem = 'Expected:\n%sGot:\n%s' % (_block(example.want), _block(got))
                elif example.exc_msg is None:
                    ok = False
                    problem = 'Exception raised:\n%s' % _block('Traceback (most recent call last):\n' + exc_msg)
                else:
                    ok = _check_output(example.exc_msg, exc_msg)
                    problem = 'Expected:\n%sGot:\n%s' % (_block(example.want), _block(exc_msg))
                if not ok:
                    failures.append((example, problem))
        finally:
            sys.stdout = saved_stdout
        return failures, len(examples)

    def format_failure(self, failures, tries):
        test = self._dt_test
        out = []
        for example, problem in failures:
            out.append('*' * 70 + '\n')
            out.append('Failed example:\n%s%s' % (_block(example.source), problem))
        return 'Failed doctest test for %s\n  File "%s", line 0, in %s\n\n%s' % (
            test.name, test.filename, test.name, ''.join(out))

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


def _block(text):
    """Indent each line by four spaces (doctest's _indent); no text: '    Nothing'."""
    if not text:
        return '    Nothing\n'
    return ''.join('    ' + line + '\n' for line in text.rstrip('\n').split('\n'))


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
    """A unittest suite of the module's doctests, one DocTestCase per docstring."""
    if module is None:
        module = _calling_module(2)
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    tests = _find(module)
    tests.sort()
    suite = _DocTestSuite()
    filename = getattr(module, '__file__', None) or module.__name__
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    for test in tests:
        # DocTestFinder gives every test a copy of the module's globals (plus extraglobs).
        test.globs = module.__dict__.copy() if globs is None else globs.copy()
        if extraglobs:
            test.globs.update(extraglobs)
        test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite
