# unittest.mock as CPython's Lib/unittest/mock.py: child calls recorded in
# the parent's mock_calls and method_calls, side_effect iterables and
# exceptions, assert_has_calls (in order and any_order), create_autospec of
# functions and classes, patch.object as decorator and context manager.
from unittest import mock
from unittest.mock import MagicMock, Mock, call, create_autospec, patch, sentinel, ANY

m = Mock()
m.a.b(1)
m.c(2, x=3)
m(5)
m.a.b.c.d("deep")
print(m.mock_calls)
print(m.method_calls)
print(m.a.mock_calls, m.a.b.call_args_list)
print(m.mock_calls == [call.a.b(1), call.c(2, x=3), call(5), call.a.b.c.d("deep")])
print(m.mock_calls[0] == call.a.b(1), m.mock_calls[0] != call.a.b(2))
m.assert_has_calls([call.c(2, x=3), call.a.b(1)], any_order=True)
m.assert_has_calls([call.c(2, x=3), call(5)])
try:
    m.assert_has_calls([call.c(2, x=3), call.a.b(1)])
except AssertionError as e:
    print("AssertionError:", e)
try:
    m.assert_has_calls([call.zzz()], any_order=True)
except AssertionError as e:
    print("AssertionError:", e)
name, args, kwargs = m.mock_calls[1]
print(name, args, kwargs, m.c.call_args.kwargs, m.c.call_args.args)

ret = m.factory()
ret.method(7)
print(m.mock_calls[-2:], m.factory.return_value is ret)

s = Mock(side_effect=[1, 2, ValueError("boom")])
print(s(), s())
try:
    s()
except ValueError as e:
    print("ValueError:", e)
try:
    s()
except StopIteration as e:
    print("StopIteration:", repr(e))
e = Mock(side_effect=KeyError)
try:
    e()
except KeyError as x:
    print("KeyError:", repr(x))
f = Mock(side_effect=lambda v: v * 2)
print(f(21), f.call_count, f.called)
f.side_effect = None
f.return_value = sentinel.result
print(f(), f.call_args)


def func(a, b, *, c=1):
    return a


af = create_autospec(func, return_value=3)
print(af(1, 2, c=5))
try:
    af(1)
except TypeError as x:
    print("TypeError:", x)
af.assert_called_once_with(1, 2, c=5)
af.assert_called_with(1, b=2, c=5)
print(af.call_args, af.mock_calls)


class C:
    attr = 5

    def meth(self, x):
        return x

    @staticmethod
    def st(y):
        return y


spec = create_autospec(C)
inst = spec()
inst.meth(3)
inst.st(4)
print(inst.meth.call_args, spec.mock_calls)
try:
    inst.nope
except AttributeError as x:
    print("AttributeError:", x)
try:
    inst.meth()
except TypeError as x:
    print("TypeError:", x)
print(isinstance(inst, C), type(inst.attr).__name__, inst.attr._mock_name)


class T:
    def g(self):
        return "real"


with patch.object(T, "g", return_value="fake") as pg:
    print(T().g(), pg.called, pg.call_count)
print(T().g())


@patch.object(T, "g")
def test(mg):
    mg.return_value = 9
    print(T().g(), mg.call_args)


test()
with patch.object(T, "g", autospec=True) as ag:
    ag.return_value = "auto"
    t = T()
    print(t.g(), ag.call_args == call(t))

mm = MagicMock()
mm[1] = 2
len(mm)
mm.x.y = 3
with mm as entered:
    pass
print(mm.mock_calls)
print(mm.__len__.return_value, entered is mm.__enter__.return_value)
with mock.patch("os.getcwd", return_value="/x"):
    import os
    print(os.getcwd())
print(os.getcwd() != "/x")
print(Mock(name="named")._extract_mock_name(), ANY == 3, call(ANY) == call(1))
m2 = Mock()
m2.reset_mock()
m2.one(1)
m2.reset_mock()
print(m2.mock_calls, m2.one.called)
