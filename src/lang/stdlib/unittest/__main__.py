"""python -m unittest NAME...: run the tests that the names give."""

import sys

if sys.argv[0].endswith("__main__.py"):
    # the usage text names the program as CPython's does: "python3 -m unittest"
    _executable = getattr(sys, 'executable', '') or 'python'
    sys.argv[0] = _executable.replace('\\', '/').split('/')[-1] + " -m unittest"

__unittest = True

from .main import main

main(module=None)
