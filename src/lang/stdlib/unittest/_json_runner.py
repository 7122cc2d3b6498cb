"""One JSON row per test: what `gclab unittest --json` prints.

    run(argv) loads the tests named in argv[1:] (options: -k PATTERN) as
    `python3 -m unittest` would, runs them with the usual text report on
    stderr (-v for one line per test), and then prints one line per test on
    stdout:

        {"id": "test.test_weakref.ReferencesTestCase.test_basic_ref", "outcome": "passed", "reason": ""}

outcome is passed, failed, error or skipped. An expected failure counts as
passed and an unexpected success as failed, as wasSuccessful() judges them;
a test with failing subtests is failed (or error) with the first subtest's
message. An error in setUpClass/setUpModule is a row of its own, with the id
CPython's report gives it ('setUpClass (module.Class)').

This file uses only unittest's public API, so the same runner also works
with CPython's own unittest (scripts/cpython-tests.js loads it by path under
python3 to record CPython's outcomes).
"""

import sys
import unittest

__unittest = True

def _exception_line(text):
    """The 'Type: message' line of a formatted traceback (its first line when
    the message has several)."""
    lines = text.rstrip('\n').split('\n')
    start = 0
    for i in range(len(lines)):
        if lines[i].startswith('  File ') or lines[i] == 'Traceback (most recent call last):':
            start = i + 1
    for line in lines[start:]:
        if line and not line.startswith(' '):
            return line
    return lines[-1] if lines else ''


def _json_string(s):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\r':
            out.append('\\r')
        elif code < 0x20 or code > 0x7e:
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def format_row(test_id, outcome, reason):
    return '{"id": %s, "outcome": %s, "reason": %s}' % (
        _json_string(test_id), _json_string(outcome), _json_string(reason))


def _row_id(test):
    # A subtest is filed under the test it belongs to.
    owner = getattr(test, 'test_case', None)
    if owner is not None and isinstance(owner, unittest.TestCase):
        return owner.id()
    return test.id()


class JSONTestResult(unittest.TextTestResult):
    """A TextTestResult that also keeps one outcome per test id."""

    def __init__(self, stream, descriptions, verbosity):
        unittest.TextTestResult.__init__(self, stream, descriptions, verbosity)
        self.rows = {}
        self.row_order = []

    def _record(self, test, outcome, reason):
        key = _row_id(test)
        if key not in self.rows:
            self.row_order.append(key)
            self.rows[key] = (outcome, reason)
            return
        old = self.rows[key][0]
        # A failure or error (the first one) is what the test's row says; a
        # skipped subtest outranks the test's success.
        if old in ('failed', 'error'):
            return
        if outcome in ('failed', 'error') or (outcome == 'skipped' and old == 'passed'):
            self.rows[key] = (outcome, reason)

    def addSuccess(self, test):
        unittest.TextTestResult.addSuccess(self, test)
        self._record(test, 'passed', '')

    def addError(self, test, err):
        unittest.TextTestResult.addError(self, test, err)
        self._record(test, 'error', _exception_line(self.errors[-1][1]))

    def addFailure(self, test, err):
        unittest.TextTestResult.addFailure(self, test, err)
        self._record(test, 'failed', _exception_line(self.failures[-1][1]))

    def addSkip(self, test, reason):
        unittest.TextTestResult.addSkip(self, test, reason)
        self._record(test, 'skipped', reason)

    def addExpectedFailure(self, test, err):
        unittest.TextTestResult.addExpectedFailure(self, test, err)
        self._record(test, 'passed', 'expected failure')

    def addUnexpectedSuccess(self, test):
        unittest.TextTestResult.addUnexpectedSuccess(self, test)
        self._record(test, 'failed', 'unexpected success')

    def addSubTest(self, test, subtest, err):
        unittest.TextTestResult.addSubTest(self, test, subtest, err)
        if err is not None:
            if issubclass(err[0], test.failureException):
                self._record(subtest, 'failed', _exception_line(self.failures[-1][1]))
            else:
                self._record(subtest, 'error', _exception_line(self.errors[-1][1]))


def _parse(argv):
    names = []
    patterns = []
    verbosity = 1
    i = 1
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg == '-v':
            verbosity = 2
        elif arg == '-q':
            verbosity = 0
        elif arg == '-k':
            pattern = argv[i]
            i += 1
            if '*' not in pattern:
                pattern = '*%s*' % pattern
            patterns.append(pattern)
        else:
            names.append(arg)
    return names, patterns, verbosity


def run(argv=None):
    """Run the tests named in argv[1:]; print the rows; return the exit status."""
    if argv is None:
        argv = sys.argv
    names, patterns, verbosity = _parse(argv)
    loader = unittest.TestLoader()
    if patterns:
        loader.testNamePatterns = patterns
    suite = loader.loadTestsFromNames(names)
    runner = unittest.TextTestRunner(verbosity=verbosity, resultclass=JSONTestResult)
    result = runner.run(suite)
    lines = []
    for key in result.row_order:
        outcome, reason = result.rows[key]
        lines.append(format_row(key, outcome, reason) + '\n')
    sys.stdout.write(''.join(lines))
    return 0 if result.wasSuccessful() else 1


if __name__ == '__main__':
    sys.exit(run())
