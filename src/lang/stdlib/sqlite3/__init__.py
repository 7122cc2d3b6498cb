"""sqlite3 for gclab: refused.

CPython's sqlite3 is a binding of the SQLite C library (_sqlite3), which
gclab does not simulate; importing it raises ModuleNotFoundError (an
ImportError, so `try: import sqlite3 except ImportError:` takes its
fallback) naming _sqlite3, the module python3 without SQLite lacks.
"""

raise ModuleNotFoundError(
    "gclab: sqlite3 is not supported (no SQLite engine is simulated): "
    "No module named '_sqlite3'", name='_sqlite3')
