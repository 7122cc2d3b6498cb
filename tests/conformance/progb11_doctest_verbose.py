import os
__file__ = os.path.basename(__file__)  # the report names the file: keep it the same wherever this runs
"""Inventory helpers.

>>> inv = Inventory()
>>> inv.add("apple", 3)
>>> inv
Inventory({'apple': 3})
"""

class Inventory:
    """Counts things.

    >>> Inventory().total
    0
    """
    def __init__(self):
        self.items = {}

    def add(self, name, n=1):
        """Add n of name.

        >>> i = Inventory(); i.add("x"); i.add("x", 2); i.items
        {'x': 3}
        >>> i.add("y", -1)
        Traceback (most recent call last):
        ValueError: negative count -1
        """
        if n < 0:
            raise ValueError(f"negative count {n}")
        self.items[name] = self.items.get(name, 0) + n

    @property
    def total(self):
        """>>> inv = Inventory(); inv.add('a', 2); inv.total
        2
        """
        return sum(self.items.values())

    @staticmethod
    def parse(text):
        """
        >>> Inventory.parse("a=1, b=2")   # doctest: +NORMALIZE_WHITESPACE
        {'a': 1,
         'b': 2}
        >>> Inventory.parse("bad")
        Traceback (most recent call last):
          ...
        ValueError: not enough values to unpack (expected 2, got 1)
        """
        out = {}
        for part in text.split(","):
            k, v = part.strip().split("=")
            out[k] = int(v)
        return out

    def __repr__(self):
        return f"Inventory({self.items!r})"

def helper():
    return 1

def broken():
    """
    >>> {}["missing"]
    3
    >>> [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]   # doctest: +ELLIPSIS
    [1, 2, ..., 12]
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> 1 + 1   # doctest: +SKIP
    3
    >>> raise KeyError("k")   # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    builtins.KeyError: 'other'
    >>> print("x")
    >>> None
    >>> [1,
    ...  2]
    [1, 2]
    """

def broken_inner():
    return {}["missing"]

__test__ = {"extra": """
>>> 2 ** 10
1024
"""}

if __name__ == "__main__":
    import doctest
    r = doctest.testmod(verbose=True)
    print(r, r.failed, r.attempted)
    print(doctest.testmod(optionflags=doctest.ELLIPSIS, report=False))
    doctest.run_docstring_examples(helper, {}, verbose=True)
    doctest.run_docstring_examples(">>> 1/0\n1\n", {}, name="inline")
