"""Tests with unittest.mock as people write them: patch as a decorator
(stacked: the bottom one's mock first), as a context manager, on a class;
patch.object and patch.dict restoring what they replaced; side_effect as
a list consumed call by call, an exception, a function; MagicMock's
configurable magic methods (len, iteration, items, with, bool); spec
limiting attributes and answering isinstance; ANY and call in
assertions. The report comes from a TextTestRunner into a StringIO (its
timing line made stable). A `with` statement and isinstance() reach a
class attribute that is a descriptor through its __get__
(_PyObject_LookupSpecial), which MagicMock relies on."""
import io
import os
import re
import unittest
from unittest import mock


def fetch_size(path):
    return os.path.getsize(path) * 2


class Service:
    def get(self, key):
        raise RuntimeError("network")

    def total(self, keys):
        return sum(self.get(k) for k in keys)


SETTINGS = {"mode": "prod"}


class T(unittest.TestCase):
    @mock.patch("os.path.getsize", return_value=21)
    def test_patch_decorator(self, m):
        self.assertEqual(fetch_size("x"), 42)
        m.assert_called_once_with("x")

    @mock.patch("os.path.exists", return_value=False)
    @mock.patch("os.path.getsize", return_value=1)
    def test_stacked(self, getsize, exists):
        self.assertEqual((os.path.getsize("a"), os.path.exists("a")), (1, False))
        self.assertEqual((getsize.call_count, exists.call_count), (1, 1))

    def test_patch_object_side_effects(self):
        with mock.patch.object(Service, "get", side_effect=[1, 2, 3]) as g:
            self.assertEqual(Service().total("abc"), 6)
            self.assertEqual(g.call_args_list, [mock.call("a"), mock.call("b"), mock.call("c")])
            with self.assertRaises(StopIteration):
                Service().get("d")
        with self.assertRaises(RuntimeError):
            Service().get("x")

    def test_side_effect_kinds(self):
        m = mock.Mock(side_effect=KeyError("k"))
        with self.assertRaises(KeyError):
            m()
        m.side_effect = lambda x: x * 10
        self.assertEqual(m(4), 40)
        m.side_effect = None
        m.return_value = "plain"
        self.assertEqual(m(), "plain")
        self.assertEqual(m.call_count, 3)

    def test_magic(self):
        m = mock.MagicMock()
        self.assertEqual((len(m), list(m), bool(m), 3 in m), (0, [], True, False))
        m.__len__.return_value = 5
        m.__iter__.return_value = [1, 2]
        m.__getitem__.side_effect = lambda k: k * 2
        self.assertEqual((len(m), list(m), list(m), m[3]), (5, [1, 2], [1, 2], 6))
        with m as entered:
            self.assertIs(entered, m.__enter__.return_value)
        m.__exit__.assert_called_once_with(None, None, None)
        m.method(1, x=2)
        m.method.assert_called_with(1, mock.ANY)
        self.assertEqual(m.method.call_args.kwargs, {"x": 2})

    def test_spec(self):
        m = mock.Mock(spec=Service)
        self.assertIsInstance(m, Service)
        m.get.return_value = 7
        self.assertEqual(m.get("k"), 7)
        with self.assertRaises(AttributeError):
            m.nonexistent

    @mock.patch.dict(SETTINGS, {"mode": "test", "debug": True})
    def test_patch_dict_decorator(self):
        self.assertEqual(SETTINGS, {"mode": "test", "debug": True})

    def test_patch_dict_clear(self):
        with mock.patch.dict(SETTINGS, {"only": 1}, clear=True) as d:
            self.assertIs(d, SETTINGS)
            self.assertEqual(SETTINGS, {"only": 1})
        self.assertEqual(SETTINGS, {"mode": "prod"})

    def test_failing_assert(self):
        m = mock.Mock()
        m(1)
        m.assert_called_with(2)


@mock.patch("os.getcwd", return_value="/patched")
class OnClass(unittest.TestCase):
    def test_one(self, cwd):
        self.assertEqual(os.getcwd(), "/patched")

    def test_two(self, cwd):
        os.getcwd()
        cwd.assert_called_once_with()


stream = io.StringIO()
loader = unittest.defaultTestLoader
suite = unittest.TestSuite([loader.loadTestsFromTestCase(T), loader.loadTestsFromTestCase(OnClass)])
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(re.sub(r"in \d+\.\d+s", "in T", stream.getvalue().replace(__file__, "FILE")))
print(os.path.getsize.__name__, Service.get.__name__, SETTINGS, os.getcwd() != "/patched")


class Proxy:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return lambda *args: self.value


class Manager:
    __enter__ = Proxy("entered through __get__")
    __exit__ = Proxy(False)


with Manager() as got:
    print(got)


class Checker(type):
    __instancecheck__ = staticmethod(lambda obj: obj == 42)


class Anything(metaclass=Checker):
    pass


print(isinstance(42, Anything), isinstance(7, Anything))
