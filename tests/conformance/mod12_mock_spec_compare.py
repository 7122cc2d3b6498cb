# What CPython's unittest.mock relies on: a proper subtype's comparison goes
# first even when inherited (do_richcompare), so assertEqual(expected,
# m.mock_calls) matches ANY against objects whose __eq__ says no;
# object.__ne__ inverts the class's __eq__; dir() of a function lists its
# __dict__, so create_autospec mocks a function's function attributes.
from datetime import datetime
from unittest.mock import ANY, Mock, call, create_autospec


class R:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        print("eq", self.n, other.n)
        return True


class L(list):
    pass


class T(tuple):
    pass


print([R(1)] == L([R(2)]), L([R(3)]) == [R(4)], (R(5),) == T((R(6),)), T((R(7),)) != (R(8),))


class E:
    def __eq__(self, other):
        return "yes"

    __ne__ = object.__ne__


print(E() != 1, object.__ne__(E(), 1), object.__ne__(object(), 1), object.__ne__(5, 6))


class Foo:
    def __eq__(self, other):
        pass

    def __ne__(self, other):
        pass


for d in datetime(2020, 1, 2), Foo():
    m = Mock()
    m(d, foo=d)
    m.method(d, zinga=d)
    m().method(a1=d)
    expected = [call(ANY, foo=ANY), call.method(ANY, zinga=ANY), call(), call().method(a1=ANY)]
    print(expected == m.mock_calls, m.mock_calls == expected)


def f(a, b):
    return a


f.helper = f
f.value = 3
print(sorted(n for n in dir(f) if not n.startswith("__")))
spec = create_autospec(f)
spec.helper(1, 2)
try:
    spec.helper(1)
except TypeError as e:
    print("TypeError:", e)
spec.helper.assert_called_once_with(a=1, b=2)
print(type(spec.helper).__name__, spec.helper.mock_calls, spec.mock_calls)
