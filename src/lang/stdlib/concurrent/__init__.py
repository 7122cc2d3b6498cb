"""concurrent for gclab: the package of concurrent.futures (CPython 3.11's
Lib/concurrent/__init__.py is this one line of documentation too)."""
