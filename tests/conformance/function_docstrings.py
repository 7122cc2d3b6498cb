# __doc__ of functions, methods and lambdas (func_doc): the leading string
# literal of the body, None without one, reassignable; a bound method shows
# its function's __doc__ and __module__ (unittest reads test docstrings this way).
def documented():
    """First line.

    More text."""
    return 1


def plain():
    x = "not a docstring"
    return x


class C:
    def method(self):
        "method doc"

    def other(self):
        pass


print(repr(documented.__doc__))
print(plain.__doc__, (lambda: "no doc").__doc__)
print(C.method.__doc__, C().method.__doc__, C().other.__doc__, C().method.__module__)
plain.__doc__ = "assigned later"
print(plain.__doc__)
print(documented.__doc__.strip().split("\n")[0])
