"""A unittest suite checking object lifetimes with setUp/tearDown and weakrefs."""
import gc
import unittest
import weakref


class Connection:
    opened = 0

    def __init__(self, dsn):
        self.dsn = dsn
        Connection.opened += 1
        self.closed = False

    def close(self):
        self.closed = True
        Connection.opened -= 1


class Cache:
    def __init__(self):
        self.data = weakref.WeakValueDictionary()

    def put(self, key, value):
        self.data[key] = value

    def get(self, key):
        return self.data.get(key)


class Value:
    def __init__(self, v):
        self.v = v


class LifetimeTests(unittest.TestCase):
    def setUp(self):
        self.conn = Connection("mem://")
        self.addCleanup(self.conn.close)

    def test_connection_open(self):
        self.assertEqual(Connection.opened, 1)
        self.assertFalse(self.conn.closed)

    def test_weak_cache_drops(self):
        c = Cache()
        v = Value(3)
        c.put("a", v)
        self.assertIs(c.get("a"), v)
        del v
        self.assertIsNone(c.get("a"))

    def test_cycle_needs_collect(self):
        a = Value(1)
        a.self = a
        r = weakref.ref(a)
        del a
        self.assertIsNotNone(r())
        gc.collect()
        self.assertIsNone(r())

    def test_expected_failure_message(self):
        with self.assertRaises(KeyError) as cm:
            {}["nope"]
        self.assertEqual(cm.exception.args, ("nope",))

    def test_fails_on_purpose(self):
        self.assertEqual([1, 2, 3], [1, 2, 4], "lists differ")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_subtests(self):
        for i in range(3):
            with self.subTest(i=i):
                self.assertLess(i, 2)

    def tearDown(self):
        self.assertEqual(Connection.opened, 1)


class ClassLevel(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.shared = [Value(i) for i in range(3)]

    @classmethod
    def tearDownClass(cls):
        del cls.shared

    def test_shared(self):
        self.assertEqual([v.v for v in self.shared], [0, 1, 2])

    def test_raises_error(self):
        raise RuntimeError("boom in test")


if __name__ == "__main__":
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    suite.addTests(loader.loadTestsFromTestCase(LifetimeTests))
    suite.addTests(loader.loadTestsFromTestCase(ClassLevel))
    import io
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
    lines = [l for l in stream.getvalue().splitlines() if not l.startswith("Ran ") and "File " not in l]
    print("\n".join(lines))
    print("run", result.testsRun, "failures", len(result.failures), "errors", len(result.errors),
          "skipped", len(result.skipped))
    print("connections left open:", Connection.opened)
