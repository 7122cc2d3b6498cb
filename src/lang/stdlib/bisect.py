"""Bisection algorithms, written for gclab.

CPython's Lib/bisect.py defines these in Python and replaces them with
_bisect's C versions (`from _bisect import *`); gclab's _bisect stands for
that C module, so this module only re-exports it.
"""

from _bisect import *

# Create aliases
bisect = bisect_right
insort = insort_right
