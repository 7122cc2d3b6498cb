"""doctest for gclab: finds a module's doctests and runs their examples.

Written for gclab after CPython 3.11's Lib/doctest.py, reduced to what
DocTestSuite() needs: DocTestFinder's search (the module docstring, the
__test__ dict, and the docstrings of the module's functions and classes),
DocTestParser's examples (a '>>>' line, its '...' continuation lines, then
the expected output up to a blank line or the next '>>>'), and
DocTestRunner's run of each example (DocTestCase.runTest runs the test
with it, as CPython's does): compiled in 'single' mode and executed in the
test's globals (a copy of the module's namespace) with sys.stdout captured,
the output compared by OutputChecker with the option flags and the
example's directives, an expected exception compared by its
format_exception_only line. A failing example fails its test with the
runner's report. DocTestCase clears the globals after the test, as
CPython's tearDown does, so what the examples made dies there.

testmod() and run_docstring_examples() follow CPython's DocTestFinder,
DocTestRunner and OutputChecker (option flags, directives, reports and
summary in its words; no debugger).

Where the interpreter has no compile()/exec(), each test reports
"skipped: doctest examples are not run by gclab (no exec of examples)".
"""

import sys
import unittest

__all__ = ['DocTestSuite', 'DocTestCase', 'DocTestParser', 'Example', 'SKIP_REASON',
           'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
           'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
           'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'DocTest',
           'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'TestResults', 'testmod',
           'run_docstring_examples']

SKIP_REASON = "doctest examples are not run by gclab (no exec of examples)"

# The option flags, numbered in CPython's order (register_optionflag).
OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    # Create a new flag unless `name` is already known.
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 |
                    DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE |
                    ELLIPSIS |
                    SKIP |
                    IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF |
                   REPORT_CDIFF |
                   REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


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

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
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
        if options is None:
            options = {}
        self.options = options


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
    # The message is from the first line that starts with a word character
    # (the stack lines between may be indented or an unindented '...').
    i = 1
    while i < len(lines) and not (lines[i][:1].isalnum() or lines[i][:1] == '_'):
        i += 1
    if i == len(lines):
        return None
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
            source_text = '\n'.join(source)
            examples.append(Example(source_text, want_text, _exc_msg_of(want_text),
                                    lineno=lineno, indent=indent,
                                    options=self._find_options(source_text, name, lineno)))
        return examples

    def _find_options(self, source, name, lineno):
        """The option directives ('# doctest: +FLAG, -FLAG') of an example's
        source, as {flag: on} (DocTestParser._find_options; the directive
        must end its line)."""
        options = {}
        for line in source.split('\n'):
            at = line.find('#')
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith('doctest:') and "'" not in rest and '"' not in rest:
                    for option in rest[len('doctest:'):].replace(',', ' ').split():
                        if (option[0] not in '+-' or
                                option[1:] not in OPTIONFLAGS_BY_NAME):
                            raise ValueError('line %r of the doctest for %s '
                                             'has an invalid option: %r' %
                                             (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
                at = line.find('#', at + 1)
        return options


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
        # doctest._SpoofOut.getvalue: output that does not end its last
        # line gets a newline (the expected output always ends with one).
        result = ''.join(self.parts)
        if result and not result.endswith("\n"):
            result += "\n"
        return result

    def truncate(self):
        self.parts = []


def _can_run_examples():
    import builtins
    return hasattr(builtins, 'compile') and hasattr(builtins, 'exec')


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Sets the unittest option flags (the reporting flags DocTestCase uses
    when its own flags have none); returns the old value."""
    global _unittest_reportflags

    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


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
        # CPython's DocTestCase.runTest: the runner with the suite's option
        # flags (and each example's directives), its report as the failure.
        test = self._dt_test
        examples = DocTestParser().get_examples(test.docstring, test.name)
        doctest = DocTest(examples, {}, test.name, test.filename, None, test.docstring)
        doctest.globs = test.globs
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker,
                               verbose=False)
        runner.DIVIDER = "-" * 70
        report = []
        failures, tries = runner.run(doctest, out=report.append, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(''.join(report)))

    def format_failure(self, err):
        test = self._dt_test
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n'
                '  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, 'unknown line number', lname, err))

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
    """A unittest suite of the module's doctests, one DocTestCase per docstring."""
    if module is None:
        module = _calling_module(2)
    elif isinstance(module, str):
        __import__(module)
        module = sys.modules[module]
    suite = _DocTestSuite()
    filename = getattr(module, '__file__', None) or module.__name__
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    if test_finder is not None:
        # CPython's DocTestSuite: the finder's DocTests (its names, its
        # globals), those without examples left out.
        tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
        tests.sort()
        for test in tests:
            if len(test.examples) == 0:
                continue
            if not test.filename:
                test.filename = filename
            suite.addTest(DocTestCase(test, **options))
        return suite
    tests = _find(module)
    tests.sort()
    for test in tests:
        # DocTestFinder gives every test a copy of the module's globals (plus extraglobs).
        test.globs = module.__dict__.copy() if globs is None else globs.copy()
        if extraglobs:
            test.globs.update(extraglobs)
        test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


# ---------------------------------------------------------------------------
# testmod(): DocTestFinder, DocTestRunner and OutputChecker as CPython 3.11's
# Lib/doctest.py writes them, reports and summary in its words.
# ---------------------------------------------------------------------------

class TestResults(tuple):
    """TestResults(failed, attempted): the namedtuple testmod() returns."""

    __slots__ = ()
    _fields = ('failed', 'attempted')

    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def __repr__(self):
        return 'TestResults(failed=%r, attempted=%r)' % self


def _indent(s, indent=4):
    """Add `indent` spaces to the beginning of every non-blank line in `s`
    (doctest._indent: the regex '(?m)^(?!$)')."""
    lines = s.split('\n')
    return '\n'.join((' ' * indent + line) if line else line for line in lines)


def _exception_traceback(exc_info):
    """The traceback text traceback.print_exception writes for exc_info."""
    import traceback
    return ''.join(traceback.format_exception(exc_info[0], exc_info[1], exc_info[2]))


def _ellipsis_match(want, got):
    """Whether `got` matches `want` where each '...' in want stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        # Exact end matches required more characters than we have, as in
        # _ellipsis_match('aa...aa', 'aaa')
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    """The exception's class name without its module and message."""
    start, end = 0, len(msg)
    i = msg.find("\n")
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i+1
    return msg[start: end]


def _drop_blankline_markers(want):
    """re.sub(r'(?m)^<BLANKLINE>\\s*?$', '', want)."""
    lines = want.split('\n')
    return '\n'.join('' if line.startswith(BLANKLINE_MARKER) and
                     line[len(BLANKLINE_MARKER):].strip() == '' else line for line in lines)


def _blank_whitespace_lines(got):
    """re.sub(r'(?m)^[^\\S\\n]+$', '', got): whitespace-only lines become empty."""
    return '\n'.join('' if line.strip() == '' else line for line in got.split('\n'))


class OutputChecker:
    """Whether an example's actual output matches its expected output, and
    the text describing their difference (CPython's OutputChecker)."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), "ASCII")

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ("True\n", "1\n"):
                return True
            if (got, want) == ("False\n", "0\n"):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = _drop_blankline_markers(want)
            got = _blank_whitespace_lines(got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF |
                              REPORT_CDIFF |
                              REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            # re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
            lines = got.split('\n')
            got = '\n'.join(BLANKLINE_MARKER if i < len(lines) - 1 and line.strip(' ') == ''
                            else line for i, line in enumerate(lines))
        if self._do_a_fancy_diff(want, got, optionflags):
            import difflib
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = difflib.unified_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]  # strip the diff header
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = difflib.context_diff(want_lines, got_lines, n=2)
                diff = list(diff)[2:]  # strip the diff header
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        else:
            return 'Expected nothing\nGot nothing\n'


class DocTest:
    """The examples of one docstring, run in one namespace (a copy of globs)."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__,
                 self.name, self.filename, self.lineno, examples))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno, id(self))
                <
                (other.name, other.filename, other.lineno, id(other)))


def _is_routine_or_class(val):
    import inspect
    try:
        val = inspect.unwrap(val)
    except ValueError:
        pass
    return inspect.isroutine(val) or isinstance(val, type)


class DocTestFinder:
    """Finds the docstrings of a module, its functions and classes (and
    their methods, properties and nested classes) as DocTests
    (DocTestFinder._find; with exclude_empty false an object without
    examples still gives an empty test, which the summary counts)."""

    def __init__(self, verbose=False, parser=None, recurse=True, exclude_empty=True):
        self._parser = parser if parser is not None else DocTestParser()
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        import inspect
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj) if hasattr(inspect, 'getmodule') else None
            if module is None and inspect.ismodule(obj):
                module = obj
        source_lines = None
        filename = getattr(module, '__file__', None) if module is not None else None
        if filename:
            import linecache
            source_lines = linecache.getlines(filename) or None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        import inspect
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if isinstance(obj, property):
            return True
        mod = getattr(obj, '__module__', None)
        if mod is None:
            return True
        return module.__name__ == mod

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        import inspect
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if inspect.ismodule(obj) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if _is_routine_or_class(val) and self._from_module(module, val):
                    self._find(tests, val, valname, module, source_lines, globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys "
                                     "must be strings: %r" % (type(valname),))
                if not (inspect.isroutine(val) or isinstance(val, type) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values "
                                     "must be strings, functions, methods, "
                                     "classes, or modules: %r" % (type(val),))
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines, globs, seen)
        if isinstance(obj, type) and self._recurse:
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or isinstance(val, type) or
                        isinstance(val, property)) and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines, globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                if obj.__doc__ is None:
                    docstring = ''
                else:
                    docstring = obj.__doc__
                    if not isinstance(docstring, str):
                        docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename[-4:] == ".pyc":
                filename = filename[:-1]
        examples = self._parser.get_examples(docstring, name)
        return DocTest(examples, globs, name, filename, lineno, docstring)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of the object's docstring: the module's 0, a
        class's 'class NAME' line, a function's first line, then the first
        line from there that opens a quote (DocTestFinder._find_lineno)."""
        import inspect
        lineno = None
        docstring = getattr(obj, '__doc__', None)
        if inspect.ismodule(obj) and docstring is not None:
            lineno = 0
        if isinstance(obj, type) and docstring is not None:
            if source_lines is None:
                return None
            import re
            pat = re.compile(r'^\s*class\s*%s\b' %
                             re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pat.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            lineno = obj.__code__.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno+1
            import re
            pat = re.compile(r'(^|.*:)\s*\w*("|\')')
            for lineno in range(lineno, len(source_lines)):
                if pat.match(source_lines[lineno]):
                    return lineno
        return None


class _RunnerOut(_SpoofOut):
    """The runner's fake stdout (doctest._SpoofOut, a StringIO)."""

    encoding = 'utf-8'

    def truncate(self, size=None):
        self.parts = []


class DocTestRunner:
    """Runs DocTests, reports each failure as it happens and sums up
    (CPython's DocTestRunner; no debugger)."""

    DIVIDER = "*" * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _RunnerOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        source = example.source
        out.append(_indent(source))
        return '\n'.join(out)

    def __run(self, test, compileflags, out):
        import traceback
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3) # `outcome` state
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            try:
                exec(compile(example.source, filename, "single",
                             compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()  # the actual output
            self._fakeout.truncate(0)
            outcome = FAILURE   # guilty until proved innocent or insane
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted_ex = traceback.format_exception_only(*exception[:2])
                if issubclass(exception[0], SyntaxError):
                    exception_line_prefixes = (
                        f"{exception[0].__qualname__}:",
                        f"{exception[0].__module__}.{exception[0].__qualname__}:",
                    )
                    exc_msg_index = next(
                        index
                        for index, line in enumerate(formatted_ex)
                        if line.startswith(exception_line_prefixes)
                    )
                    formatted_ex = formatted_ex[exc_msg_index:]
                exc_msg = "".join(formatted_ex)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            exception = None
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self.__record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def __record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0,0))
        self._name2ft[test.name] = (f+f2, t+t2)
        self.failures += f
        self.tries += t

    def __patched_linecache_getlines(self, filename, module_globals=None):
        # '<doctest NAME[N]>' is example N of the running test: a traceback
        # through it shows the example's source.
        if filename.startswith('<doctest ') and filename.endswith(']>'):
            name, _, num = filename[len('<doctest '):-2].rpartition('[')
            if name == self.test.name and num.isdigit():
                example = self.test.examples[int(num)]
                return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        import linecache
        self.test = test
        if compileflags is None:
            compileflags = 0
        save_stdout = sys.stdout
        if out is None:
            out = save_stdout.write
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self.__patched_linecache_getlines
        # gclab has no sys.displayhook: 'single' code prints values itself.
        save_displayhook = getattr(sys, 'displayhook', None)
        if save_displayhook is not None:
            sys.displayhook = sys.__displayhook__
        try:
            return self.__run(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            if save_displayhook is not None:
                sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for x in self._name2ft.items():
            name, (f, t) = x
            assert f <= t
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append( (name, t) )
            else:
                failed.append(x)
        if verbose:
            if notests:
                print(len(notests), "items had no tests:")
                notests.sort()
                for thing in notests:
                    print("   ", thing)
            if passed:
                print(len(passed), "items passed all tests:")
                passed.sort()
                for thing, count in passed:
                    print(" %3d tests in %s" % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            failed.sort()
            for thing, (f, t) in failed:
                print(" %3d of %3d in %s" % (f, t, thing))
        if verbose:
            print(totalt, "tests in", len(self._name2ft), "items.")
            print(totalt - totalf, "passed and", totalf, "failed.")
        if totalf:
            print("***Test Failed***", totalf, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(totalf, totalt)

    def merge(self, other):
        d = self._name2ft
        for name, (f, t) in other._name2ft.items():
            if name in d:
                f2, t2 = d[name]
                f = f + f2
                t = t + t2
            d[name] = f, t


master = None


def testmod(m=None, name=None, globs=None, verbose=None,
            report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module m (default __main__)
    and everything it defines; print failures (and with verbose every
    example) and a summary; return TestResults(failed, attempted)."""
    global master
    import inspect
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, module=m, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName",
                           compileflags=None, optionflags=0):
    """Test the examples in f's docstring (f may be a string) in a copy of globs."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, module=False, globs=globs):
        runner.run(test, compileflags=compileflags)
