"""gclab's `test` package: test.support, the helpers of CPython's own tests.

Everything else in CPython's test package (test_weakref.py, mapping_tests.py,
...) is read from the local CPython installation, never copied: the `test`
directories found on sys.path after this one are added to this package's
__path__, so `from test import mapping_tests` finds CPython's file while
`from test import support` finds gclab's.
"""

import sys


def _cpython_test_dirs(own_dir):
    try:
        import os
    except ImportError:
        return []
    found = []
    # gclab's sys has no `path` (module files are found beside the scenario).
    for entry in getattr(sys, 'path', ()):
        candidate = os.path.join(entry or os.getcwd(), 'test')
        if os.path.abspath(candidate) == os.path.abspath(own_dir):
            continue
        if os.path.isfile(os.path.join(candidate, '__init__.py')):
            found.append(candidate)
    return found


def _extend_path(path):
    for directory in _cpython_test_dirs(path[0]):
        if directory not in path:
            path.append(directory)


_extend_path(__path__)
