# A unittest file with every kind of outcome: pass, failure, error, skip
# (decorator, skipTest, skipIf/skipUnless, skipped class), expected failure,
# unexpected success, subtests, cleanups, class and module fixtures, and the
# failure messages of the assert* methods. `gclab unittest` must print what
# `python3 -m unittest` prints for it (stderr, exit status).
import unittest

log = []


def setUpModule():
    log.append('setUpModule')


def tearDownModule():
    log.append('tearDownModule')


class Arithmetic(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append('setUpClass')

    @classmethod
    def tearDownClass(cls):
        log.append('tearDownClass')

    def setUp(self):
        self.value = 2

    def tearDown(self):
        self.value = None

    def test_add(self):
        self.assertEqual(self.value + 2, 4)

    def test_fails(self):
        self.assertEqual(self.value, 3)

    def test_fails_with_msg(self):
        self.assertTrue(self.value > 5, 'value too small')

    def test_error(self):
        {}['missing']

    def test_docstring(self):
        """The first line of the docstring.

        More lines."""
        self.assertIn(1, [1, 2])

    @unittest.skip('not today')
    def test_skipped(self):
        self.fail('never')

    def test_skip_inside(self):
        self.skipTest('decided at run time')

    @unittest.skipIf(True, 'condition true')
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, 'condition true')
    def test_skip_unless_runs(self):
        pass

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class Messages(unittest.TestCase):
    def test_is(self):
        self.assertIs([], None)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone(0)

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn('x', ['a', 'b'])

    def test_not_in(self):
        self.assertNotIn('a', 'abc')

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_not_equal(self):
        self.assertNotEqual(1, 1)

    def test_false(self):
        self.assertFalse([1])

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_less_equal(self):
        self.assertLessEqual(3, 2)

    def test_almost_equal(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_equal_delta(self):
        self.assertAlmostEqual(10, 13, delta=2)

    def test_tuple_equal(self):
        self.assertEqual((1, 2, 3), (1, 2))

    def test_set_equal(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_callable_not_raised(self):
        def quiet():
            return 1
        self.assertRaises(KeyError, quiet)

    def test_raises_passes(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), 'division by zero')
        self.assertRaises(TypeError, len, 5)

    def test_raises_other_exception(self):
        with self.assertRaises(KeyError):
            raise ValueError('wrong kind')

    def test_raises_bad_type(self):
        self.assertRaises(3, len, 'x')

    def test_long_repr(self):
        self.assertEqual('a' * 100, 'a' * 99 + 'b')


class Subtests(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)

    def test_subtest_msg(self):
        with self.subTest('named'):
            raise RuntimeError('inside')


class Cleanups(unittest.TestCase):
    def test_cleanups_order(self):
        self.addCleanup(log.append, 'cleanup 1')
        self.addCleanup(log.append, 'cleanup 2')

    def test_cleanup_error(self):
        def broken():
            raise OSError('cleanup failed')
        self.addCleanup(broken)

    def test_log(self):
        self.assertEqual(log[:3], ['setUpModule', 'setUpClass', 'tearDownClass'])
        self.assertEqual(log[3:], ['cleanup 2', 'cleanup 1'])


@unittest.skip('whole class')
class SkippedClass(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        pass


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError('no fixture')

    def test_never_runs(self):
        pass


if __name__ == '__main__':
    unittest.main()
