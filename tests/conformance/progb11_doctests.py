import os
__file__ = os.path.basename(__file__)  # the report names the file: keep it the same wherever this runs
def add(a, b):
    """Add two things.

    >>> add(2, 3)
    5
    >>> add("a", "b")
    'ab'
    >>> add([1], [2])
    [1, 2]
    """
    return a + b

def divide(a, b):
    """
    >>> divide(6, 3)
    2.0
    >>> divide(1, 0)
    Traceback (most recent call last):
        ...
    ZeroDivisionError: division by zero
    >>> divide(1, 3)   # doctest: +ELLIPSIS
    0.333...
    """
    return a / b

def wrong():
    """
    >>> wrong()
    42
    >>> print("a\\nb")
    a
    b
    """
    return 41

class Stack:
    """A stack.

    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    >>> s.pop(); s.pop()
    Traceback (most recent call last):
    IndexError: pop from empty list
    """
    def __init__(self):
        self.items = []
    def push(self, x):
        self.items.append(x)
    def pop(self):
        return self.items.pop()
    def __len__(self):
        return len(self.items)

if __name__ == "__main__":
    import doctest
    print(doctest.testmod())
    print(doctest.testmod(verbose=False, report=False))
