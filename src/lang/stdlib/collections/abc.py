"""collections.abc: the container ABCs (defined in _collections_abc, as in
CPython 3.11's Lib/collections/abc.py)."""

from _collections_abc import *
from _collections_abc import __all__
