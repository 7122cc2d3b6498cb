"""unittest.main: the command line of `python3 -m unittest` and of test files.

TestProgram parses the options CPython 3.11's unittest accepts (-v, -q, -f,
-c, -b, -k PATTERN, --locals, test names), loads the tests (from the module,
or from the names given), runs them with a TextTestRunner and exits with
status 0 when the run was successful and 1 otherwise. Option parsing is
done by hand rather than with argparse; the usage text is CPython's.
"""

import sys

from . import loader, runner

__unittest = True

USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS] [tests ...]
"""

HELP = """\
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring
"""


def _convert_name(name):
    """A path to a .py file becomes a dotted module name (relative to the
    current directory); anything else is returned unchanged."""
    try:
        import os
        isfile = os.path.isfile(name)
    except (ImportError, AttributeError):
        return name
    if isfile and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


def _basename(path):
    return path.replace('\\', '/').split('/')[-1]


class TestProgram(object):
    """A command-line program that runs a set of tests; this is primarily
    for making test modules conveniently executable."""

    module=None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = _basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        sys.stderr.write(USAGE % {'prog': self.progName})
        sys.stderr.write('%s: error: %s\n' % (self.progName, message))
        sys.exit(2)

    def _print_help(self):
        sys.stdout.write(USAGE % {'prog': self.progName})
        sys.stdout.write('\n' + HELP)
        sys.exit(0)

    def _parse_options(self, args):
        """Set the attributes argparse would; return the test names."""
        tests = []
        patterns = []
        failfast = catchbreak = buffer = False
        i = 0
        while i < len(args):
            arg = args[i]
            i += 1
            if arg == '--':
                tests.extend(args[i:])
                break
            if arg in ('-h', '--help'):
                self._print_help()
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-f', '--failfast') and self.failfast is None:
                failfast = True
            elif arg in ('-c', '--catch') and self.catchbreak is None:
                catchbreak = True
            elif arg in ('-b', '--buffer') and self.buffer is None:
                buffer = True
            elif arg == '-k' and self.testNamePatterns is None:
                if i >= len(args):
                    self._usage_error('argument -k: expected one argument')
                patterns.append(_convert_select_pattern(args[i]))
                i += 1
            elif arg.startswith('-k') and self.testNamePatterns is None:
                patterns.append(_convert_select_pattern(arg[2:]))
            elif arg.startswith('-') and arg != '-':
                self._usage_error('unrecognized arguments: %s' % arg)
            else:
                tests.append(arg)
        if self.failfast is None:
            self.failfast = failfast
        if self.catchbreak is None:
            self.catchbreak = catchbreak
        if self.buffer is None:
            self.buffer = buffer
        if self.testNamePatterns is None:
            self.testNamePatterns = patterns
        return tests

    def parseArgs(self, argv):
        self.tests = self._parse_options(argv[1:])
        if self.module is None and not self.tests:
            self._usage_error('test discovery is not supported: name a test module or file')
        if self.tests:
            self.testNames = []
            for name in self.tests:
                self.testNames.append(_convert_name(name))
        elif self.defaultTest is None:
            # createTests will load tests from self.module
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    # didn't accept the tb_locals argument
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                # didn't accept the verbosity, buffer or failfast arguments
                testRunner = self.testRunner()
        else:
            # it is assumed to be a TestRunner instance
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
