"""A unittest suite about weakrefs, run with a TextTestRunner into a
StringIO and its report printed (the timing line and file path made
stable). The failures' tracebacks stop at the test method: unittest drops
its own frames (a traceback level whose frame's f_globals has __unittest,
read from finished frames) and cuts the assert helpers' levels off by
setting tb_next."""
import io
import re
import sys
import unittest
import weakref
import gc


class Obj:
    def __init__(self, n):
        self.n = n

    def meth(self):
        return self.n * 2

    def __del__(self):
        print("  del Obj", self.n)


class WeakrefTests(unittest.TestCase):
    def setUp(self):
        self.o = Obj(5)

    def tearDown(self):
        del self.o

    def test_ref_dies(self):
        r = weakref.ref(self.o)
        self.assertIs(r(), self.o)
        self.o = None
        self.assertIsNone(r())

    def test_weakmethod(self):
        m = weakref.WeakMethod(self.o.meth)
        self.assertEqual(m()(), 10)

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)

    def test_failure(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_error(self):
        weakref.ref(42)

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_raises(self):
        with self.assertRaises(TypeError) as cm:
            weakref.ref([])
        self.assertIn("cannot create weak reference", str(cm.exception))

    def test_cleanup(self):
        self.addCleanup(print, "  cleanup ran")

    @unittest.expectedFailure
    def test_expected(self):
        self.assertEqual(1, 2)

    def test_nested_helper(self):
        def helper(x):
            self.assertTrue(x > 1, "x too small")
        helper(0)

    def test_dict_diff(self):
        self.assertDictEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})


stream = io.StringIO()
suite = unittest.defaultTestLoader.loadTestsFromTestCase(WeakrefTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
report = stream.getvalue().replace(__file__, "FILE")
print(re.sub(r"in \d+\.\d+s", "in T", report))
print(result, result.wasSuccessful(), len(result.failures), len(result.errors))
gc.collect()
print("done")
