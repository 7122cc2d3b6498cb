"""JSON token scanner (CPython 3.11's Lib/json/scanner.py), for gclab.

gclab's scanner (the pure-Python one, whose results and errors are the C
scanner's) is defined in json/decoder.py, which JSONDecoder uses; this
module gives it its CPython names: make_scanner and py_make_scanner, and
NUMBER_RE, the pattern of a JSON number. c_make_scanner is None, as in
CPython without the _json accelerator.
"""
import re

from .decoder import py_make_scanner

c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))

make_scanner = c_make_scanner or py_make_scanner
